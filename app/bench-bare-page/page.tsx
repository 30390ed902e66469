export const dynamic = "force-dynamic";
export default function Bare() { return <main><h1>Bare</h1><p>{new Date().toISOString()}</p></main>; }
