// A TCP port free on 127.0.0.1 right now (the same helper the embedded PostgreSQL uses).
export { freePort } from '../../../api/src/free-port.js';
