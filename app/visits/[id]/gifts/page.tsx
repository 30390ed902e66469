import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { requireStaffPage } from "@/lib/auth/guards";
import { giftRegister, registerTotals } from "@/lib/protocol/register";
import { protocolWords } from "@/lib/protocol/words";
import { longDate } from "@/lib/schedule/time";
import { money } from "@/lib/schedule/protocol";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gifts register" };

type Props = { params: Promise<{ id: string }> };

export default async function GiftsPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/gifts`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const rows = giftRegister(it);
  const totals = registerTotals(rows);
  const w = protocolWords("en");
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={it.visit} current="Protocol">
          <a
            href={`/visits/${id}/gifts.csv`}
            download
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50"
          >
            Download CSV
          </a>
        </VisitHeader>
        <h2 className="mt-6 text-xl font-bold">
          Gifts register <span className="text-base font-normal text-slate-600">({rows.length})</span>
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Every gift given or received during the visit, with its estimated value, for the council&apos;s register of gifts and hospitality.
          Staff only: values are never shown to delegates. Gifts are entered on each slot (Protocol section of the slot form).
        </p>
        {rows.length === 0 ? (
          <p className="mt-4 text-slate-600">
            No gifts yet.{" "}
            <Link className="text-accent underline" href={`/visits/${id}`}>
              Add them on a slot.
            </Link>
          </p>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard (axe: scrollable-region-focusable)
          <div className="mt-4 overflow-x-auto" role="region" aria-label="Gifts register" tabIndex={0}>
            <table className="w-full min-w-[48rem] border-collapse text-left text-sm" data-testid="gifts-register">
              <thead>
                <tr className="border-b border-slate-300">
                  {["When", "Occasion", "Given or received", "Giver", "Gift", "Recipient", "Estimated value"].map((h) => (
                    <th key={h} scope="col" className="px-2 py-2 font-semibold">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={i} className="border-b border-slate-200 align-top">
                    <td className="px-2 py-2 whitespace-nowrap">
                      {longDate(r.date)}
                      <br />
                      {r.time}
                    </td>
                    <td className="px-2 py-2">
                      {r.occasion}
                      {r.venue && <span className="block text-slate-600">{r.venue}</span>}
                    </td>
                    <td className="px-2 py-2">{w.direction[r.direction]}</td>
                    <td className="px-2 py-2">{r.giver}</td>
                    <td className="px-2 py-2">
                      {r.item}
                      {r.notes && <span className="block text-slate-600">{r.notes}</span>}
                    </td>
                    <td className="px-2 py-2">{r.recipient}</td>
                    <td className="px-2 py-2 text-right tabular-nums">{money(r.valueMinor, r.currency) || "—"}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                {totals.map((t) => (
                  <tr key={`${t.direction}-${t.currency}`}>
                    <th scope="row" colSpan={6} className="px-2 py-1 text-right font-semibold">
                      {w.direction[t.direction]} ({t.count}), {t.currency}
                    </th>
                    <td className="px-2 py-1 text-right font-semibold tabular-nums">{money(t.valueMinor, t.currency)}</td>
                  </tr>
                ))}
              </tfoot>
            </table>
          </div>
        )}
      </main>
    </>
  );
}
