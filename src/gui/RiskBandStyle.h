#pragma once

#include "Risk.h"

#include <QColor>
#include <QIcon>

namespace casebook::gui {

// Band colours of DOMAIN.md (green, amber, red, dark red). Colour is never the only cue:
// chips always carry the band's name and the score, for colour-blind users and for print.
class RiskBandStyle final {
 public:
  static QColor background(RiskBand band);
  static QColor foreground(RiskBand band);
  static QString chipText(RiskBand band, int score);
  static QIcon severalGroupsIcon();
};

}  // namespace casebook::gui
