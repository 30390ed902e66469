// The database every part of the app talks to: DATABASE_URL, else the embedded demo server.
export const DEFAULT_DATABASE_URL = "postgresql://postgres:itinera@127.0.0.1:55432/itinera";
export const databaseUrl = () => process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
