import './LibraryLink.css';

/** Opens the library (every cached article) in a tab, from the popup and the side panel. */
export function LibraryLink() {
  return (
    <nav class="library-nav" aria-label="Lede">
      <a href="/library.html" target="_blank" rel="noopener">
        Library
      </a>
    </nav>
  );
}
