import { permanentRedirect } from "next/navigation";

// The tab was called Conflicts; it is Clashes now. Old links and bookmarks still arrive.
export default async function ConflictsMoved({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  permanentRedirect(`/visits/${id}/clashes`);
}
