"""Transfer-payment 区域绩效目标表: 资金 split into 中央 · 省级 · 市县 columns, 年度总体目标 per
region (everything invented)."""

from __future__ import annotations

from tests.variants.holdout102.common import BEN, OUT, SAT, tiers
from tests.variants.holdout102.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


def _region_head(s, *, year, fund, region, dept, amounts, goals, title=None):
    """``amounts``: (合计, 中央, 省级, 市县); ``goals``: numbered goal lines."""
    s.title(title or f"{year}年度转移支付区域绩效目标表", 6)
    s.row("转移支付（项目）名称", fund, None, None, None, None, merge=[(2, 6)])
    s.row("省级主管部门", dept, None, "地区（市县）", region, None, merge=[(2, 3), (5, 6)])
    s.row("资金情况（万元）", "年度金额", "其中：中央补助", "省级资金", "市县资金", None)
    s.row(None, *amounts)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "\n".join(goals), merge=[(2, 6)])


@variant(
    "lh07-regional-three-columns",
    (5, 12),
    "区域绩效目标表, OLD-NAT, 中央 · 省级 · 市县 "
    "columns, numbered goals, operator and unit columns, percent cells",
)
def lh07() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标")
    _region_head(
        s,
        year=2026,
        fund="农村饮水安全巩固提升补助资金",
        region="青萝县",
        dept="江澜省水利厅",
        amounts=(money(1560, WAN), money(900, WAN), money(420, WAN), money(240, WAN)),
        goals=(
            "目标1：维修改造农村供水工程35处，巩固提升3.1万农村人口供水保障水平。",
            "目标2：农村自来水普及率稳定在95%以上，规模化供水工程覆盖人口比例提高。",
        ),
    )
    tiers(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            (OUT, "数量指标", "维修改造供水工程", "≥", 35, "处"),
            (None, None, "巩固提升受益人口", "≥", 3.1, "万人"),
            (None, None, "新建及改造管网", "≥", 120, "公里"),
            (None, "质量指标", "工程验收合格率", "=", pct(1), "%"),
            (None, None, "农村供水水质达标率", "≥", pct(0.9), "%"),
            (None, "时效指标", "资金下达时限", "≤", 30, "日"),
            (None, "成本指标", "户均改造补助", "≤", 1600, "元/户"),
            (BEN, "社会效益指标", "农村自来水普及率", "≥", pct(0.95), "%"),
            (None, None, "规模化供水工程覆盖人口比例提高", "≥", 3, "百分点"),
            (None, "可持续影响指标", "工程长效运行管护机制", "=", "健全", None),
            (SAT, "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    s.row("填报单位：青萝县水利局", None, None, "联系人：戴明轩", "电话：0745-3320178", None)
    return b


@variant(
    "lh08-regional-split-wrong",
    (5, 12),
    "区域绩效目标表, OLD-NAT, inline values: 中央 + 省级 + 市县 ≠ 年度金额, a duplicate indicator",
)
def lh08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    _region_head(
        s,
        year=2026,
        fund="城乡义务教育补助经费",
        region="芦湾区",
        dept="江澜省教育厅",
        amounts=(
            mk(money(2680, WAN), "B101", "error", note="1500 + 700 + 380 = 2580 ≠ 2680"),
            money(1500, WAN),
            money(700, WAN),
            money(380, WAN),
        ),
        goals=(
            "1. 落实城乡义务教育学校公用经费保障机制，惠及学生2.6万人。",
            "2. 完成4所薄弱学校校舍维修，消除C级危房。",
        ),
    )
    tiers(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", None, None),
        [
            (OUT, "数量指标", "公用经费保障学生人数", "≥2.6万人"),
            (None, None, "校舍维修学校数", "=4所"),
            (None, None, "校舍维修面积", "≥8600平方米"),
            (None, "质量指标", "公用经费补助标准落实率", "=100%"),
            (None, None, "维修工程验收合格率", "=100%"),
            (
                None,
                None,
                mk(
                    "公用经费补助标准落实率",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103",),
                    note="the same indicator twice",
                ),
                "=100%",
            ),
            (None, "时效指标", "资金拨付及时率", "≥95%"),
            (None, "成本指标", "校舍维修单价", "≤1200元/平方米"),
            (BEN, "社会效益指标", "义务教育巩固率", "≥98%"),
            (None, "可持续影响指标", "经费保障长效机制", "健全"),
            (SAT, "服务对象满意度指标", "学生及家长满意度", "≥90%"),
        ],
    )
    s.row("（盖章）", None, None, "填报日期：2026年1月", None, None)
    return b


@variant(
    "lh09-regional-operator-column",
    (5, 11),
    "区域绩效目标表 with 指标性质 as direction "
    "and 比较符 columns, bare numbers, 计量单位 column, percent cells",
)
def lh09() -> Book:
    b = Book()
    s = b.sheet("区域目标表", widths=(14, 16, 28, 10, 10, 12, 12))
    _region_head(
        s,
        year=2026,
        fund="重点区域森林防火补助资金",
        region="云屏县",
        dept="江澜省林业局",
        amounts=(money(860, WAN), money(500, WAN), money(240, WAN), money(120, WAN)),
        goals=(
            "目标一：新建生物防火隔离带60公里，配备扑火机具1200套。",
            "目标二：森林火灾受害率控制在0.8‰以内，24小时扑灭率保持高位。",
        ),
    )
    tiers(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位"),
        [
            (OUT, "数量指标", "新建生物防火隔离带", "正向", "≥", 60, "公里"),
            (None, None, "配备扑火机具", "正向", "≥", 1200, "套"),
            (None, None, "组织扑火演练", "正向", "≥", 6, "场"),
            (None, "质量指标", "防火隔离带验收合格率", "正向", "=", pct(1), "%"),
            (None, "时效指标", "火情报告时限", "反向", "≤", 30, "分钟"),
            (None, "成本指标", "隔离带建设单价", "反向", "≤", 3.5, "万元/公里"),
            (BEN, "生态效益指标", "森林火灾受害率", "反向", "≤", 0.8, "‰"),
            (None, "社会效益指标", "森林火灾24小时扑灭率", "正向", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "护林员巡护制度落实", "定性", "=", "有效", None),
            (SAT, "服务对象满意度指标", "林区群众满意度", "正向", "≥", pct(0.9), "%"),
        ],
    )
    s.row("填报人：覃海燕", None, "审核人：宋立群", None, "联系电话：0745-6612093")
    return b


@variant(
    "lh10-regional-missing-name",
    (5, 6, 13),
    "区域绩效目标表, OLD-NAT, filled-down "
    "tiers: an indicator with a value but no name, a rate given as a count",
)
def lh10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    _region_head(
        s,
        year=2026,
        fund="基层医疗卫生机构能力提升补助资金",
        region="霁川市滨江区",
        dept="江澜省卫生健康委员会",
        amounts=(money(740, WAN), money(400, WAN), money(200, WAN), money(140, WAN)),
        goals=(
            "1. 为12家乡镇卫生院配置数字化诊疗设备。",
            "2. 培训基层卫生技术人员300人次，提高常见病诊疗能力。",
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            (OUT, "数量指标", "配置设备的乡镇卫生院", "=12家"),
            (OUT, "数量指标", "基层卫生技术人员培训", "≥300人次"),
            (OUT, "数量指标", mk(None, "F110", "error", note="a value without a name"), "≥48台"),
            (OUT, "质量指标", "设备安装验收合格率", "=100%"),
            (
                OUT,
                "质量指标",
                "培训考核合格率",
                mk("285人", "T105", "error", note="a 合格率 given as a count"),
            ),
            (OUT, "时效指标", "设备采购完成时间", "9月30日前"),
            (OUT, "成本指标", "单台设备平均采购价", "≤9万元/台"),
            (BEN, "社会效益指标", "基层就诊人次增长", "≥5%"),
            (BEN, "可持续影响指标", "设备使用维护制度", "健全"),
            (SAT, "服务对象满意度指标", "就诊群众满意度", "≥90%"),
        ]
    )
    s.row("填报单位（盖章）", None, "填报人：甘露", "电话：0745-2290316")
    return b


@variant(
    "lh11-regional-per-county",
    (5, 12),
    "区域绩效目标表 of a city with 年度总体目标 per "
    "county and a county money table (中央 · 省级 · 市县), OLD-NAT, percent cells",
)
def lh11() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表")
    s.title("2026年度转移支付区域绩效目标表", 6)
    s.row("转移支付（项目）名称", "农业产业发展补助资金", None, None, None, None, merge=[(2, 6)])
    s.row("省级主管部门", "江澜省农业农村厅", None, "地区", "栖梧市", None, merge=[(2, 3), (5, 6)])
    s.row("资金情况（万元）", "地区", "年度金额", "其中：中央补助", "省级资金", "市县资金")
    top = s.r
    s.row(None, "栖梧市本级", money(300, WAN), money(180, WAN), money(80, WAN), money(40, WAN))
    s.row(None, "云岭县", money(520, WAN), money(320, WAN), money(120, WAN), money(80, WAN))
    s.row(None, "鹭川县", money(480, WAN), money(300, WAN), money(110, WAN), money(70, WAN))
    s.row(None, "合计", money(1300, WAN), money(800, WAN), money(310, WAN), money(190, WAN))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "栖梧市本级：建设市级农产品质量检测平台1个。", merge=[(2, 6)])
    top = s.r
    s.row(None, "云岭县：扶持茶叶种植基地1.2万亩，带动农户1800户增收。", merge=[(2, 6)])
    s.row(None, "鹭川县：建设柑橘标准化示范园8个，推广绿色防控技术。", merge=[(2, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    tiers(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            (OUT, "数量指标", "建设农产品质量检测平台", "=", 1, "个"),
            (None, None, "扶持茶叶种植基地面积", "≥", 1.2, "万亩"),
            (None, None, "建设柑橘标准化示范园", "≥", 8, "个"),
            (None, "质量指标", "农产品质量抽检合格率", "≥", pct(0.98), "%"),
            (None, "时效指标", "项目资金支出进度", "≥", pct(0.9), "%"),
            (None, "成本指标", "茶叶基地亩均补助", "≤", 200, "元/亩"),
            (BEN, "经济效益指标", "带动农户增收", "≥", 1800, "户"),
            (None, "生态效益指标", "绿色防控技术覆盖率", "≥", pct(0.6), "%"),
            (None, "可持续影响指标", "产业带动机制", "=", "建立并执行", None),
            (SAT, "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
        ],
    )
    s.row("填报单位：栖梧市农业农村局", None, None, "联系人：符春生", None, None)
    return b
