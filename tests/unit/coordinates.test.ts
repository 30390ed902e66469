import { describe, expect, it } from "vitest";
import { formatCoordinates, openStreetMapUrl, parseCoordinates } from "@/lib/venues/coordinates";

const ASTON = { ok: true, latitude: 52.4862, longitude: -1.8904 };

describe("reading a venue's coordinates from what staff paste", () => {
  it.each(["52.4862, -1.8904", "52.4862,-1.8904", " 52.4862 -1.8904 ", "52.4862; -1.8904", "52.4862° N, 1.8904° W", "1.8904W 52.4862N"])(
    "reads the pair %s",
    (text) => {
      expect(parseCoordinates(text)).toEqual(ASTON);
    },
  );

  it.each([
    ["OpenStreetMap view", "https://www.openstreetmap.org/#map=17/52.4862/-1.8904"],
    ["OpenStreetMap marker (wins over the view)", "https://www.openstreetmap.org/?mlat=52.4862&mlon=-1.8904#map=12/52.5/-1.9"],
    ["OpenStreetMap search", "https://www.openstreetmap.org/search?query=52.4862%2C-1.8904"],
    ["Google Maps view /@lat,lng", "https://www.google.com/maps/@52.4862,-1.8904,17z"],
    ["Google Maps ?q=", "https://maps.google.com/?q=52.4862,-1.8904"],
    ["Google Maps search API", "https://www.google.com/maps/search/?api=1&query=52.4862%2C-1.8904"],
    ["Google Maps search path", "https://www.google.co.uk/maps/search/52.4862,+-1.8904?entry=ttu"],
    [
      "Google Maps place pin (wins over the view)",
      "https://www.google.com/maps/place/Aston+University/@52.4870,-1.8950,17z/data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d52.4862!4d-1.8904!16s",
    ],
    ["Apple Maps ?ll=", "https://maps.apple.com/?ll=52.4862,-1.8904&q=Aston%20University"],
    ["Apple Maps ?q=", "https://maps.apple.com/?q=52.4862,-1.8904"],
    ["Apple Maps place ?coordinate=", "https://maps.apple.com/place?coordinate=52.4862,-1.8904&name=Aston"],
    ["a link without https://", "www.openstreetmap.org/#map=17/52.4862/-1.8904"],
    ["a geo: URI", "geo:52.4862,-1.8904?z=17"],
  ])("reads a %s link", (_what, link) => {
    expect(parseCoordinates(link)).toEqual(ASTON);
  });

  it("refuses a point off the globe, naming the number at fault", () => {
    expect(parseCoordinates("95, 1")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^the latitude \(first number\) must be between -90 and 90/),
    });
    expect(parseCoordinates("52.1, 181")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^the longitude \(second number\) must be between -180 and 180/),
    });
  });

  it("refuses text and links it cannot read, saying what to paste instead", () => {
    expect(parseCoordinates("Aston University")).toMatchObject({
      ok: false,
      message: expect.stringContaining('paste coordinates like "52.4862, -1.8904"'),
    });
    expect(parseCoordinates("52.4862")).toMatchObject({ ok: false });
    expect(parseCoordinates("https://maps.app.goo.gl/AbCdEf123")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^a short map link cannot be read here/),
    });
    expect(parseCoordinates("https://www.google.com/maps/place/Aston+University")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^this map link has no coordinates in it/),
    });
    expect(parseCoordinates("https://example.org/?q=52.4862,-1.8904")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^this link is not from OpenStreetMap, Google Maps or Apple Maps/),
    });
    expect(parseCoordinates("52.4862 N, 1.8904 N")).toMatchObject({ ok: false });
  });

  it("writes a stored point back for the field and links it to OpenStreetMap to check", () => {
    const p = { latitude: 52.48620001, longitude: -1.8904 };
    expect(formatCoordinates(p)).toBe("52.4862, -1.8904");
    expect(openStreetMapUrl(p)).toBe("https://www.openstreetmap.org/?mlat=52.4862&mlon=-1.8904#map=17/52.4862/-1.8904");
    expect(parseCoordinates(openStreetMapUrl(p))).toEqual(ASTON);
  });
});
