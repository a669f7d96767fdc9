"""Weather observation stations (气象观测站): upgrades, radar, lightning protection, templates."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout881.common import YEAR, book, foot, funds, indicators, wan
from tests.variants.holdout881.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")


@variant(
    "khg01-station-upgrade",
    (1, 7),
    "project, NAT-2021, operator and unit columns, percent cells typed in Excel, "
    "header 绩效目标值 (correct)",
)
def khg01() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="砚口县区域自动气象站升级改造",
        dept="砚口县气象局（217031）",
        unit="砚口县气象台",
        money=funds(48, 45, 3),
        goals=("完成40个区域自动气象站的要素升级和供电改造，提高乡镇灾害性天气监测能力。",),
    )
    rows = [
        ("产出指标", "数量指标", "升级改造区域自动气象站", "≥", 40, "个"),
        (None, None, "更换温湿度传感器", "≥", 40, "套"),
        (None, "质量指标", "升级站点验收合格率", "=", pct(1), "%"),
        (None, None, "观测数据缺测率", "≤", pct(0.02), "%"),
        (None, "时效指标", "故障站点平均修复时间", "≤", 48, "小时"),
        (None, None, "观测数据传输及时率", "≥", pct(0.98), "%"),
        ("成本指标", "经济成本指标", "单站升级改造成本", "≤", 1.05, "万元/站"),
        ("效益指标", "社会效益指标", "灾害预警信息覆盖行政村比例", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "升级设备设计使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "乡镇防灾责任人满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OP_HEAD, rows)
    return b


@variant(
    "khg02-station-maintenance-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, percent cells: a rate typed above 100 %, "
    "a 反向 rate with ≥, a cost cap with =",
)
def khg02() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="鹤埠县气象观测站网运行维护",
        dept="鹤埠县气象局（305012）",
        unit="鹤埠县气象观测站",
        money=funds(36, 36, 0),
        attr="常年项目",
        goals=("保障30个观测站点全年稳定运行，按规定完成巡检、校准和备件更换。",),
    )
    rows = [
        ("产出指标", "数量指标", "巡检维护观测站点", "≥", 30, "个"),
        (None, None, "开展现场校准", "≥", 60, "站次"),
        (
            None,
            "质量指标",
            "观测数据到报率",
            "≥",
            mk(pct(1.02), "T106", "error", note="a 到报率 cannot exceed 100 %: 102% typed"),
            "%",
        ),
        (
            None,
            None,
            "站点雷击损坏事故发生率",
            mk("≥", "T108", "warning", row=True, note="an accident rate is 反向: ≤ expected"),
            pct(0.01),
            "%",
        ),
        (None, "时效指标", "故障报修响应时间", "≤", 24, "小时"),
        (
            None,
            "成本指标",
            "单站年度维护费",
            mk("=", "T108", "warning", row=True, note="a cost cap written with =: ≤ expected"),
            0.8,
            "万元/站",
        ),
        ("效益指标", "社会效益指标", "气象灾害监测站点覆盖乡镇比例", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "站网长效运维制度", "=", "健全", None),
        ("满意度指标", "服务对象满意度指标", "观测资料使用单位满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OP_HEAD, rows)
    return b


@variant(
    "khg03-radar-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 value columns, counts split by year, "
    "rates and unit cost equal in both (correct)",
)
def khg03() -> Book:
    b, s = book()
    money = [*funds(560, 500, 60, label="中期资金总额"), *funds(300, 270, 30)]
    project_head(
        s,
        year=YEAR,
        name="栎川市X波段天气雷达组网建设",
        dept="栎川市气象局（118004）",
        unit="栎川市大气探测技术保障中心",
        money=money,
        years=2,
        attr="新增项目",
        start=day(YEAR, 3, 1),
        goals=(
            "两年内建成6部X波段天气雷达并组网运行，短时强降水监测覆盖全市主要农区。",
            "本年度建成3部雷达并接入市级业务平台，完成首批站点试运行。",
        ),
    )
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    rows = [
        ("产出指标", "数量指标", "建成X波段天气雷达", "≥6部", "≥3部", None),
        (None, None, "建设雷达站配套机房", "≥6个", "≥3个", None),
        (None, "质量指标", "雷达设备验收合格率", "=100%", "=100%", "每部均验收"),
        (None, "时效指标", "雷达数据上传时延", "≤5分钟", "≤5分钟", None),
        ("成本指标", "经济成本指标", "单部雷达站建设成本", "≤85万元/部", "≤85万元/部", None),
        ("效益指标", "社会效益指标", "短时强降水监测覆盖农区比例", "≥90%", "≥60%", None),
        (None, "可持续影响指标", "雷达组网运行年限", "≥10年", "≥10年", None),
        ("满意度指标", "服务对象满意度指标", "农业生产经营主体满意度", "≥90%", "≥90%", None),
    ]
    indicators(s, head, rows)
    return b


@variant(
    "khg04-auto-stations-copied",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts copied into the "
    "年度 column, 年度资金 above 中期资金",
)
def khg04() -> Book:
    b, s = book()
    annual = mk(wan(460), "B103", "error", note="年度资金 460 > 中期资金总额 420")
    money = [*funds(420, 400, 20, label="中期资金总额"), *funds(annual, 440, 20)]
    project_head(
        s,
        year=YEAR,
        name="蒲湾区农业气象自动观测站网建设",
        dept="蒲湾区气象局（402117）",
        unit="蒲湾区气象服务中心",
        money=money,
        years=3,
        attr="新增项目",
        goals=(
            "三年内在全区主要种植片区新建60个农业气象自动观测站，形成站网。",
            "本年度完成选址和首批站点建设，建成标准化观测场3个。",
        ),
    )
    copied = "a cumulative count of a three-year project copied from the 中期 column"
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    rows = [
        (
            "产出指标",
            "数量指标",
            "新建农业气象自动观测站",
            "≥60个",
            mk("≥60个", "D202", "warning", note=copied),
            None,
        ),
        (
            None,
            None,
            "培训基层气象观测员",
            "≥300人次",
            mk("≥300人次", "D202", "warning", note=copied),
            None,
        ),
        (None, None, "建设标准化观测场", "≥9个", "≥3个", None),
        (None, "质量指标", "站点建设验收合格率", "≥98%", "≥98%", None),
        (None, "时效指标", "观测数据实时上传率", "≥95%", "≥95%", None),
        ("成本指标", "经济成本指标", "单站建设成本", "≤6万元/站", "≤6万元/站", None),
        ("效益指标", "社会效益指标", "农业气象观测覆盖种植片区比例", "≥90%", "≥40%", None),
        (None, "可持续影响指标", "站网运维机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "种植大户满意度", "≥90%", "≥90%", None),
    ]
    indicators(s, head, rows)
    return b


@variant(
    "khg05-lightning-export",
    (4, 7),
    "budget-system export: sheets 05-1 (money) and 05-2 (indicators, header on the third "
    "row, project code and name in the first columns), unit and print-time rows (correct)",
)
def khg05() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 30, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "预算05-1")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目类别")
    code, name = "52112026000317", "岑桥市气象观测站防雷检测与计量检定"
    s.row(code, name, wan(75.6), wan(70), wan(5.6), "经常性项目")
    s.row("合计", None, wan(75.6), wan(70), wan(5.6), None)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 16, 28, 10, 12, 12))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：岑桥市气象局", None, None, None, None, None, None, "绩效05-2")
    head = (
        "项目编码",
        "项目名称",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "度量单位",
    )
    rows = [
        ("产出指标", "数量指标", "防雷装置检测观测站", "≥", 120, "个"),
        ("产出指标", "数量指标", "气象仪器计量检定", "≥", 480, "台次"),
        ("产出指标", "质量指标", "检定结果差错率", "≤", 0.5, "%"),
        ("产出指标", "时效指标", "检测报告出具时限", "≤", 10, "个工作日"),
        ("成本指标", "经济成本指标", "单站防雷检测费", "≤", 0.35, "万元/站"),
        ("效益指标", "社会效益指标", "观测站雷击损坏站次下降率", "≥", 20, "%"),
        ("效益指标", "可持续影响指标", "防雷安全隐患台账动态更新", "=", "及时", None),
        ("满意度指标", "服务对象满意度指标", "观测站值守人员满意度", "≥", 90, "%"),
    ]
    t.row(*head)
    for r in rows:
        t.row(code, name, *r)
    t.row("打印时间：", day(YEAR - 1, 12, 19), None, None, None, None, None, None)
    return b


@variant(
    "khg06-sounding-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicators, "
    "a value without a name",
)
def khg06() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="栎川市探空观测业务运行保障",
        dept="栎川市气象局（118004）",
        unit="栎川市探空站",
        money=funds(64, 60, 4),
        attr="常年项目",
        goals=("全年按时完成每日两次探空观测，保障资料传输和探空气球、氢气供应。",),
    )
    head = ("一级指标", "二级指标", "三级指标", "预期目标", "计量单位", "备注")
    rows = [
        ("产出指标", "数量指标", "完成常规探空观测", "≥730", "次", None),
        (
            None,
            None,
            mk(None, "F110", "error", note="a value without an indicator name"),
            "≥4",
            "次",
            None,
        ),
        (None, "质量指标", "探空资料有效率", "≥98%", None, None),
        (None, "时效指标", "探空资料传输及时率", "≥99%", None, None),
        ("成本指标", "经济成本指标", "单次探空观测耗材成本", "≤0.08", "万元/次", None),
        ("效益指标", "社会效益指标", "数值预报探空资料可用率", "≥95%", None, None),
        (
            None,
            mk(
                "生态效益指标",
                "F109",
                "warning",
                row=True,
                note="a tier-2 from the template left without indicator or value",
            ),
            None,
            None,
            None,
            None,
        ),
        (None, "可持续影响指标", "探空站业务运行年限", "≥10年", None, None),
        ("满意度指标", "服务对象满意度指标", "预报业务单位满意度", "≥90%", None, None),
    ]
    indicators(s, head, rows)
    foot(s, "注：探空观测每日08时、20时各一次。")
    return b
