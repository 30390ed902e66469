import { describe, expect, it } from "vitest";
import { guestCityZone, homeTimeLabel } from "@/lib/schedule/time";

// One rule for the name of a delegate's home clock, on the phone, in the PDF and in e-mail.
describe("the home-time label", () => {
  const zones = ["Europe/Berlin", "Europe/Berlin", "Europe/Vienna"];

  it("takes the guest city's zone from where most of the delegation lives", () => {
    expect(guestCityZone(zones)).toBe("Europe/Berlin");
    expect(guestCityZone([])).toBeNull();
  });

  it("says the guest city for a delegate in its zone, and the zone's own city otherwise", () => {
    expect(homeTimeLabel("Europe/Berlin", "Frankfurt", guestCityZone(zones))).toBe("Frankfurt");
    expect(homeTimeLabel("Europe/Vienna", "Frankfurt", guestCityZone(zones))).toBe("Vienna");
    expect(homeTimeLabel("America/New_York", "Frankfurt", "Europe/Berlin")).toBe("New York");
    expect(homeTimeLabel("Europe/Berlin", "  ", "Europe/Berlin")).toBe("Berlin");
  });
});
