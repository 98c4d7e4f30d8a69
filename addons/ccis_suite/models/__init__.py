from . import account_move_line
from . import purchase_order_line
from . import hr_contract
from . import hr_payslip
from . import account_asset_asset
from . import account_asset_depreciation_line
