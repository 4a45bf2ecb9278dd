import { describe, expect, it } from "vitest";
import { domainToASCII } from "node:url";
import { normaliseDomain } from "./domain";
import { domainSchema } from "./schemas";

function problemOf(typed: string): string | undefined {
  const result = domainSchema.safeParse(typed);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join(" | ");
}

describe("normaliseDomain", () => {
  it("strips the scheme, path, query, fragment and trailing dots, and lowers the case", () => {
    expect(normaliseDomain("HTTPS://Nadia-Shop.example.com/")).toBe("nadia-shop.example.com");
    expect(normaliseDomain("  http://shop.example.com/pricing?plan=pro#top ")).toBe("shop.example.com");
    expect(normaliseDomain("//cdn.example.com/x")).toBe("cdn.example.com");
    expect(normaliseDomain("Shop.Example.COM..")).toBe("shop.example.com");
  });

  it("turns an internationalised name into punycode, as node's domainToASCII does", () => {
    for (const idn of ["bücher.de", "MÜNCHEN.de", "пример.рф", "例え.テスト"]) {
      expect(normaliseDomain(`https://${idn}./path`)).toBe(domainToASCII(idn.toLowerCase()));
    }
    expect(normaliseDomain("bücher.de")).toBe("xn--bcher-kva.de");
  });

  it("leaves ports, credentials and spaces for the validator to name, never URL-encoded", () => {
    expect(normaliseDomain("Shop.example.com:8080/x")).toBe("shop.example.com:8080");
    expect(normaliseDomain("me@shop.example.com")).toBe("me@shop.example.com");
    expect(normaliseDomain("my shop.com")).toBe("my shop.com");
    expect(normaliseDomain("mü shop.com")).toBe("mü shop.com");
  });
});

describe("domainSchema", () => {
  it("accepts a pasted URL as its bare host", () => {
    expect(domainSchema.parse("HTTPS://Nadia-Shop.example.com/")).toBe("nadia-shop.example.com");
    expect(domainSchema.parse("bücher.de.")).toBe("xn--bcher-kva.de");
  });

  it("explains each problem, quoting the input as typed", () => {
    expect(problemOf("")).toBe("Enter the website's domain.");
    expect(problemOf("https:///")).toBe("Enter the website's domain.");
    expect(problemOf("my shop.com")).toBe(
      'Remove the spaces from "my shop.com": a domain has none, like shop.example.com.',
    );
    expect(problemOf("shop.example.com:8080")).toBe(
      'Remove the port ":8080": enter just the domain, like shop.example.com.',
    );
    expect(problemOf("me@shop.example.com")).toBe(
      'Remove "me@": enter just the domain, like shop.example.com.',
    );
    expect(problemOf("localhost")).toBe("Enter the full domain, with a dot, like shop.example.com.");
    expect(problemOf("my_shop.com")).toBe(
      '"my_shop.com" is not a domain: use letters, digits, hyphens and dots, like shop.example.com.',
    );
    expect(problemOf("-shop.example.com")).toMatch(/is not a domain/);
    expect(problemOf(`${"a".repeat(250)}.com`)).toBe("That domain is too long.");
  });
});
