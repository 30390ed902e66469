import { publishedProgramme } from "@/lib/publications/data";
import { instantDate } from "@/lib/export/pdf/dates";
import { ItineraryPicker } from "./itinerary-picker";
import { ProgrammeButton } from "./programme-button";

/**
 * The PDF downloads beside a visit's title: the whole programme, every itinerary at once, one
 * delegate's itinerary, each in the language staff choose. PDFs are made from the latest published version, which this names;
 * before the first publication it says so instead. The page around it has checked the role.
 */
export async function ProgrammeDownloads({ visitId }: { visitId: string }) {
  const pub = await publishedProgramme(visitId);
  if (!pub) {
    return (
      <p className="max-w-xs text-sm text-slate-700">PDFs are made from the published programme: publish the visit to download them.</p>
    );
  }
  const people = [...pub.delegates].sort((a, b) => a.name.localeCompare(b.name, "de")).map((d) => ({ id: d.id, name: d.name }));
  return (
    <div className="flex flex-col items-start gap-2" aria-label="PDF downloads" role="group">
      <ProgrammeButton visitId={visitId} />
      {people.length > 0 && <ItineraryPicker visitId={visitId} delegates={people} />}
      <p className="text-xs text-slate-600">
        From version {pub.version}, published {instantDate(pub.publishedAt, pub.timeZone, "en")}
      </p>
    </div>
  );
}
