import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { previewOf } from "../app/fixtures";
import { LocaleProvider } from "../i18n/context";
import type { PreviewButton } from "../ipc";
import { PhonePreview, PreviewNotes } from "./PhonePreview";

const button = (index: number, label: string): PreviewButton => ({ index, label, icon: "reply", target: null });

function draw(preview = previewOf("Hello")) {
  return render(
    <LocaleProvider locale="en">
      <PhonePreview preview={preview} businessName="Shop" />
      <PreviewNotes preview={preview} />
    </LocaleProvider>,
  );
}

describe("phone preview", () => {
  it("draws formatting spans with their styles and marks variables", () => {
    const preview = previewOf("x");
    preview.body = {
      folded: null,
      lines: [
        {
          block: { kind: "quote" },
          spans: [
            { text: "Hi ", bold: false, italic: false, strikethrough: false, monospace: false, code: false, variable: null },
            { text: "Ada", bold: true, italic: false, strikethrough: false, monospace: false, code: false, variable: { key: "1", source: "example" } },
          ],
        },
      ],
    };
    const { container } = draw(preview);
    const bold = within(screen.getByTestId("bubble")).getByText("Ada");
    expect(bold).toHaveClass("b", "var", "var-example");
    expect(container.querySelector(".line-quote")).not.toBeNull();
  });

  it("shows two buttons and See all options, which opens the full list", () => {
    const preview = previewOf("x", {
      buttons: {
        shown: [button(0, "One"), button(1, "Two")],
        seeAll: { label: "See all options", buttons: [button(0, "One"), button(1, "Two"), button(2, "Three"), button(3, "Four")] },
      },
    });
    draw(preview);
    expect(screen.queryByText("Four")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "See all options" }));
    const sheet = screen.getByRole("dialog", { name: "See all options" });
    expect(within(sheet).getByText("Four")).toBeInTheDocument();
  });

  it("folds a long body behind Read more and unfolds it", () => {
    const preview = previewOf("the whole long text");
    preview.body = {
      lines: preview.body?.lines ?? [],
      folded: { label: "Read more", lines: previewOf("the start…").body?.lines ?? [] },
    };
    draw(preview);
    expect(screen.getByText("the start…")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Read more" }));
    expect(screen.getByText("the whole long text")).toBeInTheDocument();
  });

  it("shows the client's placeholder and the reasons when the client hides the message", () => {
    const preview = previewOf("x", {
      client: "desktop",
      display: { kind: "notShown", text: "This message can't be displayed here.", reasons: ["WhatsApp desktop does not show limited-time offers."] },
    });
    draw(preview);
    expect(screen.getByText("This message can't be displayed here.")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Notes for this client" })).getByText(/does not show limited-time offers/)).toBeInTheDocument();
  });

  it("draws the offer banner with its countdown and code", () => {
    const preview = previewOf("x", {
      offer: { headline: "Flash sale!", code: "FLASH30", countdown: { text: "Ends in 2 days", urgent: false, expiresAtMs: 0, sample: true } },
    });
    draw(preview);
    const offer = screen.getByTestId("offer");
    expect(offer).toHaveTextContent("Flash sale!");
    expect(offer).toHaveTextContent("Ends in 2 days");
    expect(offer).toHaveTextContent("Code FLASH30");
  });
});
