export { DateTimeISOResolver as DateTimeISO, JSONObjectResolver as JSONObject, JSONResolver as JSON } from 'graphql-scalars';
