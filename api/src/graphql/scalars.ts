export { DateTimeISOResolver as DateTimeISO, JSONObjectResolver as JSONObject } from 'graphql-scalars';
