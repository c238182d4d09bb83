// Before each test file (in its worker): decorator metadata for type-graphql/MikroORM.
import 'reflect-metadata';
