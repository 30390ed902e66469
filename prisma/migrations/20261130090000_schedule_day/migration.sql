-- Each slot's change key when published (decision 066): the Schedule tab counts unpublished
-- changes without reading the snapshot. Publications made before stay null and are diffed.
ALTER TABLE "Publication" ADD COLUMN "slotKeys" JSONB;
