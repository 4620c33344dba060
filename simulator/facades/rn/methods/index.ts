// Each area registers its native methods when imported. Add one line per area file.
import './lifecycle';
import './messages';
