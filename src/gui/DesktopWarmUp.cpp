#include "DesktopWarmUp.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QImage>
#include <QImageReader>

namespace casebook::gui {

namespace {

void loadFontDatabase() { (void)QFontDatabase::families(); }

// A reader given bytes without a format asks every image plugin whether it can read them,
// loading each: the same loads the style's first PNG icon would otherwise make.
void loadImagePlugins() {
  QBuffer png;
  png.open(QIODevice::ReadWrite);
  QImage(1, 1, QImage::Format_ARGB32).save(&png, "PNG");
  png.seek(0);
  (void)QImageReader(&png).read();
}

}  // namespace

DesktopWarmUp::DesktopWarmUp()
    : m_thread([] {
        loadFontDatabase();
        loadImagePlugins();
      }) {}

DesktopWarmUp::~DesktopWarmUp() = default;  // std::jthread joins

}  // namespace casebook::gui
