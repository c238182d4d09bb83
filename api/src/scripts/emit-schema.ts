// `npm run schema`: write schema.graphql from the type-graphql classes (CI fails when it is stale).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printApiSchema } from '../schema.js';

const sdl = await printApiSchema();
writeFileSync(new URL('../../../schema.graphql', import.meta.url), sdl + '\n');
console.log('schema.graphql written');
