// After a form is submitted and the page has settled, focus goes where the person needs to look next:
// a confirmation to answer, the first field to correct, the message saying what happened, or the heading.
import { useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";

const TARGETS = [
  "[data-confirm]",
  "main [aria-invalid='true']",
  "main [data-flash]",
  "main .notice.error[role='alert']",
  "main h1",
];

export function useFocusAfterSubmit() {
  const navigation = useNavigation();
  const submitted = useRef(false);
  useEffect(() => {
    if (navigation.state === "submitting") {
      submitted.current = true;
      return;
    }
    if (navigation.state !== "idle" || !submitted.current) return;
    submitted.current = false;
    for (const selector of TARGETS) {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element) continue;
      if (!element.matches("input, select, textarea, button, a[href], [tabindex]")) element.tabIndex = -1;
      element.focus();
      if (!element.matches("main h1")) element.scrollIntoView({ block: "center" });
      return;
    }
  }, [navigation.state]);
}
