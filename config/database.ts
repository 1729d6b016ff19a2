import path from 'path';
import type { Core } from '@strapi/strapi';

type ClientKind = 'sqlite' | 'postgres';

// An empty variable (as in a copied .env.example) means "not set", not "set to nothing".
const read = (env: Core.Config.Shared.ConfigParams['env'], name: string) =>
  env(name, '') || undefined;

const clientFrom = (env: Core.Config.Shared.ConfigParams['env']): ClientKind => {
  const client =
    read(env, 'DATABASE_CLIENT') ?? (read(env, 'DATABASE_URL') ? 'postgres' : 'sqlite');
  if (client !== 'sqlite' && client !== 'postgres') {
    throw new Error(
      `Unsupported DATABASE_CLIENT "${client}": use "sqlite" (default) or "postgres".`,
    );
  }
  return client;
};

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = clientFrom(env);
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: read(env, 'DATABASE_URL'),
          host: read(env, 'DATABASE_HOST') ?? '127.0.0.1',
          port: Number(read(env, 'DATABASE_PORT') ?? 5432),
          database: read(env, 'DATABASE_NAME') ?? 'strapi',
          user: read(env, 'DATABASE_USERNAME') ?? 'postgres',
          password: read(env, 'DATABASE_PASSWORD') ?? '',
          ssl: env.bool('DATABASE_SSL', false) && {
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: read(env, 'DATABASE_SCHEMA') ?? 'public',
        },
        pool,
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(
          __dirname,
          '..',
          '..',
          read(env, 'DATABASE_FILENAME') ?? '.tmp/data.db',
        ),
      },
      useNullAsDefault: true,
    },
  };
};
