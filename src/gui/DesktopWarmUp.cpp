#include "DesktopWarmUp.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QImage>
#include <QImageReader>

#include <system_error>

namespace casebook::gui {

namespace {

void loadFontDatabase() { (void)QFontDatabase::families(); }

// A reader given bytes without a format asks every image plugin whether it can read them,
// loading each: the same loads the style's first PNG icon would otherwise make.
void loadImagePlugins() {
  QBuffer png;
  png.open(QIODevice::ReadWrite);
  QImage pixel(1, 1, QImage::Format_ARGB32);
  pixel.fill(Qt::transparent);
  pixel.save(&png, "PNG");
  png.seek(0);
  (void)QImageReader(&png).read();
}

}  // namespace

DesktopWarmUp::DesktopWarmUp() {
  try {
    m_thread = std::jthread([] {
      loadFontDatabase();
      loadImagePlugins();
    });
  } catch (const std::system_error&) {
    // No thread to be had: the window loads these itself, a few ms later. Nothing is lost.
  }
}

DesktopWarmUp::~DesktopWarmUp() = default;  // std::jthread joins

}  // namespace casebook::gui
