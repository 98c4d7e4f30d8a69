from . import res_lang
from . import ir_qweb
from . import ir_ui_view
from . import ir_actions_report
