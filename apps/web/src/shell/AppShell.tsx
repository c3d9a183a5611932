import type { ParentProps } from "solid-js";
import { SideNav } from "./SideNav.tsx";
import { TopBar } from "./TopBar.tsx";
import "./shell.css";

/** The frame of every signed-in page: navigation on the left, the top bar, the page. */
export function AppShell(props: ParentProps) {
  return (
    <div class="shell">
      <SideNav />
      <div class="shell-body">
        <TopBar />
        <main class="shell-main">{props.children}</main>
      </div>
    </div>
  );
}
