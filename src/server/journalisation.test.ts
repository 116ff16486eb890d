import { describe, expect, it } from "vitest";
import { urlSansSecret } from "./journalisation";

describe("journaux sans secret", () => {
  it("masque les paramètres qui portent un secret et garde les autres", () => {
    expect(urlSansSecret("/api/v1/auth/proconnect/callback?code=abc123&state=xyz&iss=https%3A%2F%2Fidp")).toBe(
      "/api/v1/auth/proconnect/callback?code=***&state=***&iss=https%3A%2F%2Fidp",
    );
    expect(urlSansSecret("/api/v1/organisations?q=saint-etienne&page=2")).toBe("/api/v1/organisations?q=saint-etienne&page=2");
    expect(urlSansSecret("/x?TOKEN=1&jeton=2#frag")).toBe("/x?TOKEN=***&jeton=***#frag");
    expect(urlSansSecret("/api/v1/codes?barcode=1")).toBe("/api/v1/codes?barcode=1");
  });
});
