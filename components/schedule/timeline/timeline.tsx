"use client";

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import type { PointerEvent as ReactPointerEvent } from "react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useMaybeEditor } from "@/components/editor/editor-context";
import { findConflicts } from "@/lib/schedule/conflicts";
import { clockOfMinutes } from "@/lib/schedule/time";
import {
  clashesIfMoved,
  laneColumns,
  placedSlot,
  placementOf,
  placementTimes,
  snapMinutes,
  travelLegs,
  unpackDay,
  type PackedDay,
  type Placement,
} from "@/lib/schedule/timeline";
import type { Itinerary, ItinerarySlot } from "@/lib/schedule/types";
import { legOnlyWarnings, warningsBySlot, type Warning } from "@/lib/schedule/warnings";
import { updateSlotAction } from "@/lib/slots/actions";
import { slotFormValues } from "@/lib/slots/values";
import { LegClashes } from "../leg-clashes";
import { Block, type BlockView } from "./block";
import { LANE_MODES, lanesFor, lanesOf, NO_VENUE, type LaneMode } from "./lanes";

// The day as a timeline: a time axis, one lane per venue (or per delegate, per host person),
// each slot a block as long as it lasts. Blocks are dragged (mouse, touch, keyboard) to a new
// time or venue; the clashes the drop would cause are worked out in the browser on every step,
// and the drop saves through the same version-checked action as the slot form.

const PX_PER_MIN = 1.6;
const STEP = 5;
const MOUSE_OPTIONS = { activationConstraint: { distance: 4 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 250, tolerance: 8 } };
type Drag = { slotId: string; kind: "move" | "resize"; placement: Placement; clashes: Warning[] };

/** Only mouse and pen: a finger goes through the touch sensor (press and hold), so a swipe still scrolls. */
class MousePenSensor extends PointerSensor {
  static activators = [
    {
      eventName: "onPointerDown" as const,
      handler: ({ nativeEvent }: ReactPointerEvent) =>
        nativeEvent.isPrimary && nativeEvent.button === 0 && nativeEvent.pointerType !== "touch",
    },
  ];
}

export function Timeline({
  packedDay,
  date,
  dayLabel,
  versions,
  canEdit,
}: {
  packedDay: PackedDay;
  date: string;
  dayLabel: string;
  versions: Record<string, number>;
  canEdit: boolean;
}) {
  const day = useMemo(() => unpackDay(packedDay), [packedDay]);
  const tz = day.visit.timeZone;
  const router = useRouter();
  const editor = useMaybeEditor();
  const [mode, setMode] = useState<LaneMode>("venue");
  const [narrow, setNarrow] = useState(false);
  const [laneIndex, setLaneIndex] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  // A drop shows at once; the server's answer (new props) or a refusal replaces it.
  const [pending, setPending] = useState<Map<string, ItinerarySlot>>(new Map());
  useEffect(() => setPending(new Map()), [day]);
  useEffect(() => {
    const mq = window.matchMedia("(max-width: 639px)");
    const on = () => setNarrow(mq.matches);
    on();
    mq.addEventListener("change", on);
    return () => mq.removeEventListener("change", on);
  }, []);

  // A search hit or a clash link names a slot in the URL's hash: show it and give it the focus.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id.startsWith("slot-")) return;
    const el = document.getElementById(id);
    if (!el) return;
    el.scrollIntoView({ block: "center", inline: "center" });
    el.focus({ preventScroll: true });
  }, []);

  const shown: Itinerary = useMemo(
    () => (pending.size ? { ...day, slots: day.slots.map((s) => pending.get(s.id) ?? s) } : day),
    [day, pending],
  );
  const warnings = useMemo(() => findConflicts(shown), [shown]);
  const bySlot = useMemo(() => warningsBySlot(warnings), [warnings]);
  const legClashes = useMemo(
    () =>
      legOnlyWarnings(
        warnings,
        (day.legs ?? []).map((l) => l.id),
      ),
    [warnings, day.legs],
  );
  const slotById = useMemo(() => new Map(shown.slots.map((s) => [s.id, s])), [shown]);
  const lanes = useMemo(() => lanesFor(mode, shown), [mode, shown]);
  const laneNo = useMemo(() => new Map(lanes.map((l, i) => [l.id, i])), [lanes]);
  const venueName = useCallback(
    (id: string | null) => (id ? (day.venues.find((v) => v.id === id)?.name ?? "a removed venue") : "no venue"),
    [day.venues],
  );
  const visibleLanes = narrow ? lanes.slice(Math.min(laneIndex, lanes.length - 1), Math.min(laneIndex, lanes.length - 1) + 1) : lanes;
  const firstLane = narrow ? Math.min(laneIndex, Math.max(0, lanes.length - 1)) : 0;

  // The hours shown: 08:00–18:00 at least, widened to every slot of the day.
  const [fromMin, toMin] = useMemo(() => {
    let lo = 8 * 60;
    let hi = 18 * 60;
    for (const s of shown.slots) {
      const p = placementOf(s, date, tz);
      lo = Math.min(lo, p.startMin);
      hi = Math.max(hi, p.endMin);
    }
    return [Math.max(0, Math.floor(lo / 60) * 60), Math.min(48 * 60, Math.ceil(hi / 60) * 60)];
  }, [shown, date, tz]);
  const y = (min: number) => (min - fromMin) * PX_PER_MIN;

  // A day opens at its first slot: the grid scrolls to its hour and its lane (on a phone, the
  // one lane shown becomes that slot's), so an afternoon arrival day at the seventh venue does
  // not open on an empty morning. Only when the day, the lanes or the width change, never after
  // an edit; a slot named in the URL's hash wins.
  const scrollRef = useRef<HTMLDivElement>(null);
  const [openAt, setOpenAt] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for a new day, lane kind or width only
  useEffect(() => {
    if (window.location.hash.startsWith("#slot-")) return;
    const first = [...shown.slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
    if (!first) return;
    if (narrow) {
      const at = lanesOf(mode, first)
        .map((id) => lanes.findIndex((l) => l.id === id))
        .filter((i) => i >= 0);
      if (at.length) setLaneIndex(Math.min(...at));
    }
    setOpenAt(first.id);
  }, [date, mode, narrow]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once the lane above is drawn
  useEffect(() => {
    const box = scrollRef.current;
    const el = openAt && document.getElementById(`slot-${openAt}`);
    if (!box || !el) return;
    setOpenAt(null);
    const [b, c] = [el.getBoundingClientRect(), box.getBoundingClientRect()];
    const head = box.querySelector<HTMLElement>("[data-lane]")?.offsetHeight ?? 0;
    const times = box.querySelector<HTMLElement>("[data-lane]")?.offsetLeft ?? 0;
    box.scrollTop += b.top - c.top - head - 30 * PX_PER_MIN;
    if (b.left < c.left + times || b.right > c.right) box.scrollLeft += b.left - c.left - times;
  }, [openAt, firstLane]);

  const laneWidth = useRef(176);
  const keyboardSteps = useRef<{ minutes: number; lanes: number } | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const measure = () => {
    const w = gridRef.current?.querySelector<HTMLElement>("[data-lane]")?.offsetWidth;
    if (w) laneWidth.current = w;
  };
  const personLanes = mode !== "venue";
  const lanesLocked = personLanes || narrow;

  const targetOf = useCallback(
    (slotId: string, kind: "move" | "resize", dx: number, dy: number): Placement | null => {
      const slot = day.slots.find((s) => s.id === slotId);
      if (!slot) return null;
      const p = placementOf(slot, date, tz);
      // By keyboard the steps are counted as they are pressed: the sensor's own scrolling
      // would otherwise add to the pixels moved.
      const kb = keyboardSteps.current;
      const minutes = kb ? kb.minutes : snapMinutes(dy / PX_PER_MIN, STEP);
      if (kb) dx = kb.lanes * laneWidth.current;
      if (kind === "resize") return { ...p, endMin: Math.max(p.startMin + STEP, p.endMin + minutes) };
      let venueId = p.venueId;
      if (!lanesLocked) {
        const from = laneNo.get(venueId ?? NO_VENUE) ?? 0;
        const to = Math.max(0, Math.min(lanes.length - 1, from + Math.round(dx / laneWidth.current)));
        const lane = lanes[to]?.id ?? NO_VENUE;
        venueId = lane === NO_VENUE ? null : lane;
      }
      const len = p.endMin - p.startMin;
      const startMin = Math.max(0, Math.min(24 * 60 - STEP, p.startMin + minutes));
      return { startMin, endMin: startMin + len, venueId };
    },
    [day.slots, date, tz, lanesLocked, laneNo, lanes],
  );

  const describe = (title: string, p: Placement) =>
    `"${title}" ${clockOfMinutes(p.startMin)}–${clockOfMinutes(p.endMin)} at ${venueName(p.venueId)}`;
  const clashWords = (ws: Warning[]) => (ws.length ? `Would clash: ${ws.map((w) => w.message).join(" ")}` : "No clash.");

  // Read by the announcements, which dnd-kit asks for after onDragMove has run.
  const dragRef = useRef<Drag | null>(null);
  // The drag under way, if any. dnd-kit can still deliver a move after Escape or a drop (its
  // move effect may be pending from a scroll just before); without this check that late move
  // was announced over "Cancelled." and left a preview box on the timeline.
  const dragging = useRef<string | number | null>(null);
  const onDragStart = (e: { active: { id: string | number }; activatorEvent: Event | null }) => {
    measure();
    dragging.current = e.active.id;
    keyboardSteps.current = e.activatorEvent instanceof KeyboardEvent ? { minutes: 0, lanes: 0 } : null;
  };
  const onDragMove = (e: DragMoveEvent) => {
    if (dragging.current !== e.active.id) return;
    const { slotId, kind } = e.active.data.current as { slotId: string; kind: "move" | "resize" };
    const target = targetOf(slotId, kind, e.delta.x, e.delta.y);
    if (!target) return;
    const prev = dragRef.current;
    if (
      prev &&
      prev.slotId === slotId &&
      prev.placement.startMin === target.startMin &&
      prev.placement.endMin === target.endMin &&
      prev.placement.venueId === target.venueId
    )
      return;
    const slot = day.slots.find((s) => s.id === slotId)!;
    const moved = placedSlot(slot, target, date, tz);
    const next: Drag = { slotId, kind, placement: target, clashes: moved ? clashesIfMoved(day, moved) : [] };
    dragRef.current = next;
    setDrag(next);
  };
  const endDrag = () => {
    dragging.current = null;
    keyboardSteps.current = null;
    dragRef.current = null;
    setDrag(null);
  };

  async function onDragEnd(e: DragEndEvent) {
    const d = dragRef.current;
    endDrag();
    if (!d || !canEdit) return;
    const slot = day.slots.find((s) => s.id === d.slotId)!;
    const p = placementOf(slot, date, tz);
    if (p.startMin === d.placement.startMin && p.endMin === d.placement.endMin && p.venueId === d.placement.venueId) return;
    const moved = placedSlot(slot, d.placement, date, tz);
    if (!moved) {
      editor?.announce(
        `${clockOfMinutes(d.placement.startMin)} does not exist on this day (the clocks change). "${slot.title}" stays where it was.`,
      );
      return;
    }
    setPending((m) => new Map(m).set(slot.id, moved));
    const values = { ...slotFormValues(slot, tz, versions[slot.id]), ...placementTimes(d.placement, date), venueId: d.placement.venueId };
    const r = await updateSlotAction({ ...values, slotId: slot.id, version: versions[slot.id] }).catch(() => null);
    if (r?.ok) {
      const verb = d.kind === "resize" ? "Changed the length of" : "Moved";
      editor?.announce(
        `${verb} ${describe(slot.title, d.placement)}.${d.clashes.length ? ` It clashes: ${d.clashes.length === 1 ? "1 clash" : `${d.clashes.length} clashes`}.` : ""}`,
        r.data.auditIds,
      );
      return;
    }
    // Refused: the block goes back, and the other editor's values are shown.
    setPending((m) => {
      const n = new Map(m);
      n.delete(slot.id);
      return n;
    });
    if (r && r.code === "STALE" && r.current) {
      const c = r.current as { title: string; date: string; start: string; end: string; venueId: string | null };
      editor?.announce(
        `Not saved: someone else changed "${slot.title}" meanwhile. It is now "${c.title}", ${c.date} ${c.start}–${c.end} at ${venueName(c.venueId)}. The timeline shows their version; move it again if you still want to.`,
        undefined,
        true,
      );
    } else {
      editor?.announce(r ? r.message : "The server could not be reached. Nothing was saved.", undefined, true);
    }
    router.refresh();
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const s = slotById.get((active.data.current as { slotId: string }).slotId);
      return s
        ? `Picked up ${describe(s.title, placementOf(s, date, tz))}. Up and down arrows move it by 5 minutes (with Shift 15)${lanesLocked ? "" : ", left and right to the next venue"}. Space or Enter drops it, Escape cancels.`
        : undefined;
    },
    onDragMove: ({ active }) => {
      const d = dragRef.current;
      const s = slotById.get((active.data.current as { slotId: string }).slotId);
      return d && s ? `${describe(s.title, d.placement)}. ${clashWords(d.clashes)}` : undefined;
    },
    onDragOver: () => undefined,
    onDragEnd: ({ active }) => {
      const s = slotById.get((active.data.current as { slotId: string }).slotId);
      return s ? `Dropped "${s.title}". Saving.` : undefined;
    },
    onDragCancel: ({ active }) => {
      const s = slotById.get((active.data.current as { slotId: string }).slotId);
      return s ? `Cancelled. ${describe(s.title, placementOf(s, date, tz))} stays where it was.` : undefined;
    },
  };

  const lockedRef = useRef(lanesLocked);
  lockedRef.current = lanesLocked;
  // Stable across renders (the sensors keep their options while a drag is under way).
  const keyboardCoordinates = useCallback<KeyboardCoordinateGetter>((event, { currentCoordinates }) => {
    const lanesLocked = lockedRef.current;
    const minutes = event.shiftKey ? 15 : STEP;
    const step = minutes * PX_PER_MIN;
    const kb = keyboardSteps.current;
    if (kb) {
      if (event.code === "ArrowDown") kb.minutes += minutes;
      else if (event.code === "ArrowUp") kb.minutes -= minutes;
      else if (!lanesLocked && event.code === "ArrowRight") kb.lanes += 1;
      else if (!lanesLocked && event.code === "ArrowLeft") kb.lanes -= 1;
    }
    switch (event.code) {
      case "ArrowDown":
        return { ...currentCoordinates, y: currentCoordinates.y + step };
      case "ArrowUp":
        return { ...currentCoordinates, y: currentCoordinates.y - step };
      case "ArrowRight":
        return lanesLocked ? undefined : { ...currentCoordinates, x: currentCoordinates.x + laneWidth.current };
      case "ArrowLeft":
        return lanesLocked ? undefined : { ...currentCoordinates, x: currentCoordinates.x - laneWidth.current };
    }
    return undefined;
  }, []);
  const keyboardOptions = useMemo(
    () => ({ coordinateGetter: keyboardCoordinates, scrollBehavior: "auto" as const }),
    [keyboardCoordinates],
  );
  // The block is drawn at the snapped target (dnd-kit's transform is not applied to it).
  const sensors = useSensors(
    useSensor(MousePenSensor, MOUSE_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, keyboardOptions),
  );

  const blocks: BlockView[] = [];
  for (const s of shown.slots) {
    const dragged = drag?.slotId === s.id ? drag : null;
    // The dragged block itself stays where it was (dnd-kit measures it there); a preview box
    // shows where it would land.
    const p = placementOf(s, date, tz);
    const laneIds = lanesOf(mode, s);
    const clashes = dragged ? dragged.clashes : (bySlot.get(s.id) ?? []);
    for (const laneId of laneIds) {
      const li = laneNo.get(laneId);
      if (li === undefined || li < firstLane || li >= firstLane + visibleLanes.length) continue;
      blocks.push({
        dragId: mode === "venue" ? s.id : `${s.id}@${laneId}`,
        slotId: s.id,
        title: s.title,
        time: `${clockOfMinutes(p.startMin)}–${clockOfMinutes(p.endMin)}`,
        people: s.attendees.length,
        laneIndex: li - firstLane,
        col: 0,
        cols: 1,
        top: y(p.startMin),
        height: (p.endMin - p.startMin) * PX_PER_MIN,
        label: `, ${venueName(p.venueId)}, ${clashes.length ? `${clashes.length === 1 ? "1 clash" : `${clashes.length} clashes`}: ${clashes.map((w) => w.message).join(" ")}` : "no clashes"}`,
        clashes,
        dragging: !!dragged,
        selected: selected === s.id,
      });
    }
  }
  const target = drag ? slotById.get(drag.slotId) : undefined;
  const preview =
    drag && target
      ? (mode === "venue" ? [drag.placement.venueId ?? NO_VENUE] : lanesOf(mode, target))
          .map((laneId) => laneNo.get(laneId))
          .filter((li): li is number => li !== undefined && li >= firstLane && li < firstLane + visibleLanes.length)
          .map((li) => ({
            laneIndex: li - firstLane,
            top: y(drag.placement.startMin),
            height: (drag.placement.endMin - drag.placement.startMin) * PX_PER_MIN,
          }))
      : [];
  // Blocks that overlap in a lane sit side by side.
  const byLane = new Map<number, BlockView[]>();
  for (const b of blocks) (byLane.get(b.laneIndex) ?? byLane.set(b.laneIndex, []).get(b.laneIndex)!).push(b);
  for (const list of byLane.values()) {
    const cols = laneColumns(list.map((b) => ({ id: b.dragId, startMin: b.top, endMin: b.top + Math.max(b.height, 18) })));
    for (const b of list) Object.assign(b, cols.get(b.dragId));
  }

  const legs = personLanes
    ? visibleLanes.flatMap((lane, i) => travelLegs(shown, lane.id, date).map((leg) => ({ ...leg, laneIndex: i, laneId: lane.id })))
    : [];
  const hours: number[] = [];
  for (let h = fromMin; h <= toMin; h += 60) hours.push(h);
  const sel = selected ? slotById.get(selected) : undefined;
  const openEdit = (slotId: string) => {
    const s = slotById.get(slotId);
    if (s && editor) editor.open({ mode: "edit", slotId, title: s.title });
  };
  const dayClashes = warnings;

  return (
    <section aria-label={`Timeline of ${dayLabel}`} className="mt-4" data-testid="timeline">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <fieldset className="flex flex-wrap items-center gap-1 text-sm">
          <legend className="sr-only">One lane per</legend>
          <span aria-hidden="true" className="mr-1 font-semibold text-slate-700">
            Lanes:
          </span>
          {LANE_MODES.map((m) => (
            <label
              key={m.value}
              className={`cursor-pointer rounded-md border px-2.5 py-1 font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${mode === m.value ? "border-accent bg-accent text-white" : "border-slate-300 bg-white text-slate-700"}`}
            >
              <input
                type="radio"
                name="lane-mode"
                value={m.value}
                checked={mode === m.value}
                onChange={() => {
                  setMode(m.value);
                  setLaneIndex(0);
                }}
                className="sr-only"
              />
              {m.label}
            </label>
          ))}
        </fieldset>
        {narrow && lanes.length > 1 && (
          <div className="flex items-center gap-1 text-sm">
            <button
              type="button"
              className="rounded border border-slate-300 bg-white px-2 py-1 font-semibold disabled:opacity-40"
              disabled={firstLane === 0}
              onClick={() => setLaneIndex(firstLane - 1)}
              aria-label="Previous lane"
            >
              ←
            </button>
            <label className="sr-only" htmlFor="lane-pick">
              Lane shown
            </label>
            <select
              id="lane-pick"
              value={firstLane}
              onChange={(e) => setLaneIndex(Number(e.target.value))}
              className="max-w-[12rem] rounded border border-slate-300 bg-white px-1 py-1"
            >
              {lanes.map((l, i) => (
                <option key={l.id} value={i}>
                  {l.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="rounded border border-slate-300 bg-white px-2 py-1 font-semibold disabled:opacity-40"
              disabled={firstLane >= lanes.length - 1}
              onClick={() => setLaneIndex(firstLane + 1)}
              aria-label="Next lane"
            >
              →
            </button>
          </div>
        )}
        {canEdit && (
          <p className="text-xs text-slate-600">
            Drag a block to move it, its bottom edge to change its length. By keyboard: focus a block, Space to pick it up, arrows to move,
            Space to drop; E edits it.
          </p>
        )}
      </div>

      {/* A leg's clash that concerns no slot has no block to badge: it stands above the day. */}
      <LegClashes it={shown} warnings={legClashes} date={date} className="mt-3" />

      <div className="mt-3 grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <DndContext
          sensors={sensors}
          accessibility={{
            announcements,
            screenReaderInstructions: {
              draggable:
                "To move this slot, press Space or Enter to pick it up, the arrow keys to move it and Space or Enter to drop it; Escape cancels. Press E to edit it.",
            },
          }}
          onDragStart={onDragStart}
          onDragMove={onDragMove}
          onDragEnd={onDragEnd}
          onDragCancel={endDrag}
        >
          <div
            ref={scrollRef}
            className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm"
            data-testid="timeline-scroll"
            tabIndex={-1}
          >
            <div
              ref={gridRef}
              className="relative grid"
              style={{
                gridTemplateColumns: `3.25rem ${narrow ? "minmax(0,1fr)" : `repeat(${visibleLanes.length}, 11rem)`}`,
                width: narrow ? "100%" : "max-content",
              }}
            >
              <div className="sticky left-0 top-0 z-40 border-b border-r border-slate-200 bg-white" />
              {visibleLanes.map((l) => (
                <div
                  key={l.id}
                  data-lane={l.id}
                  className="sticky top-0 z-30 truncate border-b border-r border-slate-200 bg-white px-2 py-1.5 text-xs font-semibold"
                  title={l.name}
                >
                  {l.name}
                </div>
              ))}
              <div className="sticky left-0 z-30 border-r border-slate-200 bg-white" style={{ height: y(toMin) }} aria-hidden="true">
                {hours.map((h) => (
                  <span
                    key={h}
                    className={`absolute right-1 text-[11px] tabular-nums text-slate-600 ${h === fromMin ? "" : "-translate-y-1/2"}`}
                    style={{ top: y(h) }}
                  >
                    {clockOfMinutes(h)}
                  </span>
                ))}
              </div>
              <div
                className="relative"
                style={{
                  gridColumn: `2 / span ${visibleLanes.length}`,
                  height: y(toMin),
                  ["--lane-w" as string]: narrow ? "100%" : "11rem",
                }}
              >
                {hours.map((h) => (
                  <div key={h} aria-hidden="true" className="absolute inset-x-0 border-t border-slate-100" style={{ top: y(h) }} />
                ))}
                {visibleLanes.map((l, i) => (
                  <div
                    key={l.id}
                    aria-hidden="true"
                    className="absolute inset-y-0 border-r border-slate-200"
                    style={{ left: `calc(${i + 1} * var(--lane-w))` }}
                  />
                ))}
                {legs.map((leg) => (
                  <div
                    key={`${leg.laneId}-${leg.fromSlotId}-${leg.toSlotId}`}
                    data-testid="travel-leg"
                    className={`absolute z-20 flex items-center whitespace-nowrap rounded border border-dashed px-1 text-[10px] font-semibold ${leg.short ? "border-red-700 bg-red-50 text-red-900" : "border-slate-400 bg-white text-slate-700"}`}
                    style={{
                      top: y(leg.fromMin),
                      minHeight: 14,
                      height: Math.max(14, (leg.minutes ?? 0) * PX_PER_MIN),
                      left: `calc(${leg.laneIndex + 1} * var(--lane-w) - 4.5rem)`,
                    }}
                  >
                    {leg.minutes === null
                      ? "travel ?"
                      : `${leg.minutes} min travel${leg.short ? ` (${leg.toMin - leg.fromMin} min gap)` : ""}`}
                  </div>
                ))}
                {preview.map((pv) => (
                  <div
                    key={`preview-${pv.laneIndex}`}
                    aria-hidden="true"
                    data-testid="drop-preview"
                    className={`pointer-events-none absolute z-30 rounded-md border-2 border-dashed px-1.5 py-0.5 text-xs font-semibold shadow-lg ${drag!.clashes.length ? "border-red-700 bg-red-100/90 text-red-950" : "border-accent bg-sky-100/90 text-ink"}`}
                    style={{
                      top: pv.top,
                      height: Math.max(pv.height, 18),
                      left: `calc(${pv.laneIndex} * var(--lane-w) + 2px)`,
                      width: "calc(var(--lane-w) - 4px)",
                    }}
                  >
                    {clockOfMinutes(drag!.placement.startMin)}–{clockOfMinutes(drag!.placement.endMin)}
                    {drag!.clashes.length ? ` ⚠ ${drag!.clashes.length}` : ""}
                  </div>
                ))}
                {blocks.map((b) => (
                  <Block key={b.dragId} b={b} canEdit={canEdit} onSelect={() => setSelected(b.slotId)} onEdit={() => openEdit(b.slotId)} />
                ))}
              </div>
            </div>
          </div>
        </DndContext>

        <aside className="space-y-3 text-sm" aria-label="Selected slot and clashes">
          {drag && (
            <div
              role="status"
              className={`rounded-lg border px-3 py-2 ${drag.clashes.length ? "border-red-300 bg-red-50 text-red-950" : "border-emerald-300 bg-emerald-50 text-emerald-950"}`}
              data-testid="drag-preview"
            >
              <p className="font-semibold">
                If dropped: {clockOfMinutes(drag.placement.startMin)}–{clockOfMinutes(drag.placement.endMin)} at{" "}
                {venueName(drag.placement.venueId)}
              </p>
              {drag.clashes.length ? (
                drag.clashes.map((w, i) => (
                  <p key={i} className="mt-1">
                    {w.message}
                  </p>
                ))
              ) : (
                <p className="mt-1">No clash.</p>
              )}
            </div>
          )}
          {sel && (
            <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm" data-testid="selected-slot">
              <p className="font-semibold">{sel.title}</p>
              <p className="tabular-nums text-slate-700">
                {(() => {
                  const p = placementOf(sel, date, tz);
                  return `${clockOfMinutes(p.startMin)}–${clockOfMinutes(p.endMin)}`;
                })()} · {venueName(sel.venueId)} · {sel.attendees.length} {sel.attendees.length === 1 ? "person" : "people"}
              </p>
              {canEdit && editor && (
                <div className="mt-2 flex flex-wrap gap-1.5">
                  {(["edit", "move", "duplicate", "delete"] as const).map((m) => (
                    <button
                      key={m}
                      type="button"
                      onClick={() => editor.open({ mode: m, slotId: sel.id, title: sel.title })}
                      className="rounded border border-slate-300 bg-white px-2 py-1 text-xs font-semibold text-slate-700 hover:border-accent hover:text-accent"
                      aria-label={`${m[0].toUpperCase()}${m.slice(1)} "${sel.title}"`}
                    >
                      {m[0].toUpperCase()}
                      {m.slice(1)}
                    </button>
                  ))}
                </div>
              )}
            </div>
          )}
          <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
            <h2 className="border-b border-slate-200 px-3 py-2 text-sm font-bold">Clashes on this day ({dayClashes.length})</h2>
            {dayClashes.length === 0 ? (
              <p className="px-3 py-2 text-slate-600">No clashes.</p>
            ) : (
              <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto" data-testid="day-clashes">
                {dayClashes.slice(0, 200).map((w, i) => (
                  <li key={i} className={`border-l-4 px-3 py-1.5 ${w.severity === "blocking" ? "border-red-700" : "border-amber-500"}`}>
                    {w.slotIds.length === 0 && w.legId ? (
                      // A clash of a transport leg alone: the leg is edited under Protocol → Transport.
                      <a className="text-left hover:underline" href={`/visits/${day.visit.id}/protocol#leg-${w.legId}`}>
                        {w.message}
                      </a>
                    ) : (
                      <button
                        type="button"
                        className="text-left hover:underline"
                        onClick={() => document.getElementById(`slot-${w.slotIds[0]}`)?.focus()}
                      >
                        {w.message}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </aside>
      </div>
    </section>
  );
}
