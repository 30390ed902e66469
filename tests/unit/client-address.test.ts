import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

describe("the client's address", () => {
  it("behind one trusted proxy, takes what the proxy saw, not what the client wrote before it", () => {
    const headers = new Headers({ "x-forwarded-for": "10.9.9.9, 203.0.113.5" });
    expect(clientAddress(headers, 1)).toBe("203.0.113.5");
    expect(clientAddress({ "x-forwarded-for": "198.51.100.2, 10.0.0.1, 10.0.0.2" }, 2)).toBe("10.0.0.1");
  });

  it("without a trusted proxy, takes the first entry (the peer, as next start writes it)", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
    expect(clientAddress(undefined, 1)).toBe("unknown");
  });
});
