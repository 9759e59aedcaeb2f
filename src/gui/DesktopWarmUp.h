#pragma once

#include <thread>

namespace casebook::gui {

// Work the first main window needs that does not depend on the vault, done on the other
// core while this one derives the vault's key (Argon2id holds a core for about 0.6 s):
//  - the font database: fontconfig reads its configuration and cache, about 2.7 ms that
//    the window's first text would otherwise wait for;
//  - the image-format plugins, which the menu bar's standard icons load (about 0.8 ms).
// Both are process-wide and made thread-safe by Qt (the font database behind its own
// mutex, plugins behind the factory loader's), and neither touches any case data. A
// sign-in dialog shown first has already loaded the fonts; the rest is still of use.
class DesktopWarmUp final {
 public:
  DesktopWarmUp();   // starts the work on its own thread
  ~DesktopWarmUp();  // waits for it: nothing outlives the unlock it overlaps
  DesktopWarmUp(const DesktopWarmUp&) = delete;
  DesktopWarmUp& operator=(const DesktopWarmUp&) = delete;

 private:
  std::jthread m_thread;
};

}  // namespace casebook::gui
