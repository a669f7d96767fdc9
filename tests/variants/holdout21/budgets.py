"""Department returns whose weight is in the money: shares, task blocks with 总额 / 财政拨款 /
其他资金 columns, amounts in 元 under a 元 head, tables split over two sheets."""

from __future__ import annotations

from tests.variants.holdout21.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, day, mk, ok, pct

NUM = "#,##0.00"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


def _n(v: float, fmt: str = NUM) -> C:
    return C(v, fmt)


@variant("ie01-dept-shares-ok", (12, 1), "department, NAT-2021, shares row, tasks in three columns")
def ie01() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", (16, 18, 30, 14, 14, 14, 30))
    s.title("青岩县农业农村局2025年度部门整体支出绩效目标表", 7)
    s.row("部门（单位）名称", "青岩县农业农村局", None, None, "填报日期",
          day(2024, 11, 18, CN_DATE), None, merge=[(2, 4), (6, 7)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, _n(2860), _n(2600), _n(260), _n(1960), _n(900))
    s.row("占比", pct(1, "0.00%"), pct(0.9091, "0.00%"), pct(0.0909, "0.00%"),
          pct(0.6853, "0.00%"), pct(0.3147, "0.00%"))  # fmt: skip
    s.row("部门职能", "贯彻落实农业农村发展政策，负责全县耕地质量建设、农业技术推广、农村人居环境"
          "整治和农产品质量安全监管等工作。", merge=[(2, 7)])  # fmt: skip
    s.row("年度主要任务", "任务名称", "主要实施内容", "总额", "财政拨款", "其他资金",
          "期望达到的目标")  # fmt: skip
    top = s.r
    s.row(None, "高标准农田建设", "新建高标准农田1500亩，配套灌排设施", _n(450), _n(400), _n(50),
          "建成高标准农田1500亩")  # fmt: skip
    s.row(None, "农业技术推广", "开展种植、养殖实用技术培训", _n(300), _n(300), _n(0),
          "培训农民1500人次")  # fmt: skip
    s.row(None, "农产品质量安全监管", "开展农产品质量安全例行监测", _n(150), _n(120), _n(30),
          "完成抽检样品600批次")  # fmt: skip
    s.row(None, "金额合计", None, _n(900), _n(820), _n(80), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "目标1：新建高标准农田1500亩；目标2：开展农民技术培训1500人次；"
          "目标3：完成农产品质量安全抽检600批次，受益农户满意度达到90%以上。",
          merge=[(2, 7)])  # fmt: skip
    s.row(*HEAD, None, None, merge=[(5, 7)])
    s.table(
        [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥1500亩"),
            (None, None, "农民技术培训人次", "≥1500人次"),
            (None, None, "农产品质量安全抽检批次", "≥600批次"),
            (None, "质量指标", "高标准农田工程验收合格率", pct(1)),
            (None, None, "农产品质量安全例行监测合格率", "≥98%"),
            (None, "时效指标", "项目资金拨付及时率", "≥95%"),
            ("成本指标", "经济成本指标", "高标准农田亩均建设成本", "≤3000元/亩"),
            ("效益指标", "经济效益指标", "项目区粮食亩产增长率", pct(0.05)),
            (None, "社会效益指标", "农民种养技术水平", "有效提升"),
            (None, "生态效益指标", "化肥农药使用量", "逐步减少"),
            (None, "可持续影响指标", "农田设施管护机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row("注：1.金额单位为万元；2.指标值中的百分比均为年度目标。", merge=[(1, 7)])
    return b


@variant("ie02-dept-money-wrong", (12,), "department, NAT-2021: 基本+项目 ≠ 总额, a share, tasks")
def ie02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 14, 14, 14, 30))
    s.title("2025年度部门整体支出绩效目标申报表", 7)
    s.row("部门（单位）名称", "梧冈市司法局", None, None, "填报日期", day(2024, 12, 2), None,
          merge=[(2, 4), (6, 7)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, mk(_n(3420), "B101", "error", row=True,
                   note="基本支出 2480 + 项目支出 960 = 3440 ≠ 3420"),
          _n(3100), _n(320), _n(2480), _n(960))  # fmt: skip
    s.row("占比", pct(1, "0.00%"), pct(0.9064, "0.00%"),
          mk(pct(0.1036, "0.00%"), "B111", "error", note="320 ÷ 3420 = 9.36%"),
          ok(pct(0.7251, "0.00%"), "error", note="follows the wrong total"),
          ok(pct(0.2807, "0.00%"), "error", note="follows the wrong total"))  # fmt: skip
    s.row("部门职能", "负责全市法治宣传教育、人民调解、法律援助、社区矫正和公共法律服务体系建设。",
          merge=[(2, 7)])  # fmt: skip
    s.row("年度主要任务", "任务名称", "主要实施内容", "总额", "财政拨款", "其他资金",
          "期望达到的目标")  # fmt: skip
    top = s.r
    s.row(None, "法律援助", "为经济困难群众提供法律援助", _n(420), _n(420), _n(0),
          "办理法律援助案件900件")  # fmt: skip
    s.row(None, "人民调解", "人民调解员以案定补", _n(260), _n(200), _n(60), "调解纠纷3000件")
    s.row(None, "法治宣传", "“八五”普法宣传活动", _n(180), _n(180), _n(0), "开展宣传活动120场")
    s.row(None, "金额合计", None,
          mk(_n(960), "B102", "error", alt=("B101",), note="420 + 260 + 180 = 860"),
          _n(800), _n(60), None)  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "目标1：办理法律援助案件900件；目标2：调解各类矛盾纠纷3000件；"
          "目标3：开展法治宣传活动120场。", merge=[(2, 7)])  # fmt: skip
    s.row(*HEAD, None, None, merge=[(5, 7)])
    s.table(
        [
            ("产出指标", "数量指标", "法律援助案件办理数", "≥900件"),
            (None, None, "矛盾纠纷调解数", "≥3000件"),
            (None, None, "法治宣传活动场次", "≥120场"),
            (None, "质量指标", "矛盾纠纷调解成功率", "≥95%"),
            (None, "时效指标", "法律援助申请审查时限", "≤7个工作日"),
            ("成本指标", "经济成本指标", "法律援助案件平均补贴", "≤4500元/件"),
            ("效益指标", "社会效益指标", "群众法治意识", "明显增强"),
            (None, "可持续影响指标", "公共法律服务体系", "持续完善"),
            ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥92%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("ie05-split-yuan-ok", (7, 12), "department, 元 money on one sheet, indicators on another")
def ie05() -> Book:
    b = Book()
    m = b.sheet("部门预算", (3, 18, 18, 30, 18, 18, 18, 30))
    m.title("澄溪市残疾人联合会2025年度部门整体支出绩效目标表（一）", 8)
    m.row("部门（单位）名称", "澄溪市残疾人联合会", None, None, "部门预算编码", "318001",
          col=2, merge=[(3, 5), (7, 8)])  # fmt: skip
    m.row("年度预算（元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出", col=2)
    m.row(None, _n(8652400), _n(8152400), _n(500000), _n(6102400), _n(2550000), col=2)
    m.ws.merge_cells(start_row=m.r - 1, start_column=2, end_row=m.r, end_column=2)
    m.row("年度主要任务", "任务名称", "主要实施内容", "总额", "财政拨款", "其他资金",
          "期望达到的目标", col=2)  # fmt: skip
    top = m.r
    m.row(None, "残疾人康复服务", "0—6岁残疾儿童康复救助及成人康复训练", _n(1200000),
          _n(1000000), _n(200000), "康复服务2600人", col=2)  # fmt: skip
    m.row(None, "辅助器具适配", "为持证残疾人免费适配基本型辅助器具", _n(850000), _n(850000),
          _n(0), "适配800人", col=2)  # fmt: skip
    m.row(None, "残疾人就业培训", "职业技能培训及就业见习补贴", _n(500000), _n(200000),
          _n(300000), "培训400人", col=2)  # fmt: skip
    m.row(None, "金额合计", None, _n(2550000), _n(2050000), _n(500000), None, col=2)
    m.ws.merge_cells(start_row=top, start_column=2, end_row=m.r, end_column=2)
    m.row("年度总体目标", "目标1：为2600名残疾人提供康复服务；目标2：为800名残疾人适配辅助器具；"
          "目标3：培训残疾人400人，就业培训合格率达到85%以上。", col=2, merge=[(3, 8)])  # fmt: skip
    s = b.sheet("绩效指标", (3, 14, 18, 32, 16, 24))
    s.title("澄溪市残疾人联合会2025年度部门整体支出绩效目标表（二）", 6)
    s.row(*HEAD, col=2)
    s.table(
        [
            ("产出指标", "数量指标", "残疾人康复服务人数", "≥2600人", None),
            (None, None, "辅助器具适配人数", "≥800人", None),
            (None, None, "残疾人职业技能培训人数", "≥400人", None),
            (None, "质量指标", "残疾人就业培训合格率", "≥85%", None),
            (None, None, "持证残疾人基本康复服务覆盖率", pct(0.9), "以年末统计为准"),
            (None, "时效指标", "辅助器具适配完成时间", "2025年11月30日前", None),
            ("成本指标", "经济成本指标", "辅助器具人均适配补助", "≤1000元/人", None),
            ("效益指标", "社会效益指标", "残疾人生活质量", "逐步改善", None),
            (None, "可持续影响指标", "残疾人康复服务体系", "持续健全", None),
            ("满意度指标", "服务对象满意度指标", "残疾人及其亲属满意度", "≥90%", None),
        ],
        merged=(1, 2),
        col=2,
    )
    s.row("填表人：周晓岚", None, "审核人：蒋一帆", "联系电话：0765-3321876", col=2)
    s.row("填报日期：", day(2024, 11, 26, CN_DATE), col=2)
    return b


@variant("ie06-split-sheets-wrong", (7, 1), "department, money and indicators on two sheets")
def ie06() -> Book:
    b = Book()
    m = b.sheet("资金", (18, 16, 16, 16, 16, 16))
    m.title("2025年部门整体支出绩效目标表", 6)
    m.row("部门（单位）名称", "岚山区文化广电旅游体育局", None, "填报日期", day(2024, 11, 12),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    m.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    m.row(None, _n(1640), _n(1500), _n(140), _n(1090), _n(550))
    m.ws.merge_cells(start_row=m.r - 1, start_column=1, end_row=m.r, end_column=1)
    m.row("年度总体目标", "目标1：开展送戏下乡演出200场；目标2：举办全民健身赛事30项次；"
          "目标3：完成文物安全巡查480次。", merge=[(2, 6)])  # fmt: skip
    s = b.sheet("指标", (16, 18, 32, 18, 20))
    s.title("2025年部门整体支出绩效指标", 5)
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "送戏下乡演出场次", "≥200场", None),
            (None, None, "全民健身赛事项次", "≥30项次", None),
            (None, None, "文物安全巡查次数", "≥480次", None),
            (
                None,
                None,
                mk("送戏下乡演出场次", "D102", "error", row=True, alt=("D101",)),
                "≥180场",
                None,
            ),
            (None, "质量指标", "赛事组织安全事故发生次数", ok("0次"), None),
            (
                None,
                None,
                "公共文化场馆免费开放率",
                mk(pct(1.2), "T106", "error", note="120% on a rate capped at 100%"),
                None,
            ),
            (
                None,
                "时效指标",
                "文物保护维修工程完工时间",
                mk("2023年10月31日前", "Y102", "error", alt=("Y101", "Y103")),
                None,
            ),
            ("成本指标", "经济成本指标", "送戏下乡每场补助标准", "≤8000元/场", None),
            ("效益指标", "社会效益指标", "群众文化获得感", "有效提升", None),
            ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "ie16-wan-format-ok", (1, 12, 4), 'department, 0.00"万元" amounts, two-line head, column C'
)
def ie16() -> Book:
    b = Book()
    s = b.sheet("整体绩效", (3, 3, 16, 18, 30, 18, 20, 16))
    s.title("白溪镇人民政府2025年度部门整体支出绩效目标表", 8)
    s.row("单位：万元", col=8)
    s.row("部门（单位）名称", "白溪镇人民政府", None, "填报日期", day(2024, 11, 8), None,
          col=3, merge=[(4, 5), (7, 8)])  # fmt: skip
    s.row("资金总额", C(1386.5, WAN), "财政拨款", C(1326.5, WAN), "其他资金", C(60, WAN), col=3)
    s.row("基本支出", C(1046.5, WAN), "项目支出", C(340, WAN), col=3)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额", "期望达到的目标", None,
          col=3, merge=[(7, 8)])  # fmt: skip
    top = s.r
    for task in (
        ("农村人居环境整治", "村庄保洁和垃圾清运", C(180, WAN), "14个行政村保洁全覆盖"),
        ("基层应急管理", "防汛物资储备和应急演练", C(90, WAN), "开展应急演练6次"),
        ("村级便民服务", "便民服务站运行维护", C(70, WAN), "便民服务站正常运行"),
    ):
        s.row(None, *task, None, col=3, merge=[(7, 8)])
    s.row(None, "金额合计", None, C(340, WAN), col=3)
    s.ws.merge_cells(start_row=top, start_column=3, end_row=s.r, end_column=3)
    s.row("年度总体目标", "目标1：14个行政村保洁全覆盖；目标2：开展防汛应急演练6次；"
          "目标3：群众满意度不低于90%。", col=3, merge=[(4, 8)])  # fmt: skip
    s.row("绩效指标", None, None, "指标值", "备注", col=3, merge=[(3, 5)])
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", None, col=3)
    s.ws.merge_cells(start_row=s.r - 1, start_column=7, end_row=s.r, end_column=7)
    s.table(
        [
            ("产出指标", "数量指标", "保洁覆盖行政村数", "14个", None),
            (None, None, "防汛应急演练次数", "≥6次", None),
            (None, "质量指标", "生活垃圾无害化处理率", pct(0.98, "0.0%"), None),
            (None, "时效指标", "群众办事平均办结时间", "≤3个工作日", None),
            ("成本指标", "经济成本指标", "每个行政村年度保洁经费", "≤12.8万元", "按村均测算"),
            ("效益指标", "社会效益指标", "村容村貌", "明显改善", None),
            (None, "生态效益指标", "农村生活垃圾乱堆乱放现象", "明显减少", None),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "不低于90%", None),
        ],
        merged=(1, 2),
        col=3,
    )
    s.row("填表说明：指标值含“≥”“≤”的，按年度目标考核。", col=3, merge=[(3, 8)])
    s.row("单位负责人：", None, "填表人：吴敏", None, "联系电话：13907651234", col=3)
    return b
