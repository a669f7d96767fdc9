"""Returns of the light-pollution half: night-sky brightness monitoring and dark-sky
publicity (uq13–uq18)."""

from __future__ import annotations

from tests.variants.holdout345.common import (
    HEAD4,
    YEAR,
    department,
    indicators,
    notes,
    one_year_money,
    project,
    signature,
    wan,
)
from tests.variants.holdout345.registry import variant
from tests.variants.kit import Book, mk, pct

UNIT = "澄屿市天象馆暗夜保护中心"
GOAL = "建成18个夜空亮度监测点，按月发布光污染监测报告，开展暗夜保护宣传。"


@variant(
    "uq13-skies-labels",
    (5,),
    "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）), （一） "
    "tier-2s, marks ★ and *, abbreviated 经济成本 and 社会效益 (correct)",
)
def uq13() -> Book:
    b, s = project("城市夜空亮度监测", UNIT, one_year_money(wan(48), wan(40), wan(8)), [GOAL])
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "夜空亮度监测点位数量", "≥18个"),
        (None, None, "年度有效监测夜数", "≥200夜"),
        (None, "★（二）质量指标", "监测数据有效率", "≥90%"),
        (None, "*（三）时效指标", "月度监测报告发布时间", "次月10日前"),
        ("二、成本指标（20分）", "经济成本", "单个监测点年度运维成本", "≤0.6万元/个"),
        ("三、效益指标（30分）", "社会效益", "暗夜保护宣传受众人次", "≥5万人次"),
        (None, "生态效益", "郊野观测点夜空背景亮度", "≥20.5星等/平方角秒"),
        (None, "可持续影响", "监测数据库持续更新年限", "≥3年"),
        ("四、满意度指标（10分）", "服务对象满意度", "公众满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    signature(s)
    return b


@variant(
    "uq14-skies-wrong-parent",
    (5,),
    "project, NAT-2021, numbered labels: 社会效益指标 placed under 一、产出指标, and a "
    "handling rate given as a count",
)
def uq14() -> Book:
    b, s = project("光污染投诉处置与宣传", UNIT, one_year_money(wan(36), wan(36), wan(0)),
                   ["受理光污染投诉并督促整改，开展暗夜保护宣传月活动。"])  # fmt: skip
    rows = [
        ("一、产出指标", "1.数量指标", "暗夜保护宣传活动场次", "≥20场"),
        (None, mk("2.社会效益指标", "F105", "error", note="社会效益 belongs to 效益指标"),
         "宣传受众人次", "≥3万人次"),
        (None, "3.质量指标", "光污染投诉办结率",
         mk("30件", "T105", "error", note="a 办结率 needs a percentage")),
        (None, "4.时效指标", "投诉首次响应时间", "≤2个工作日"),
        ("二、成本指标", "1.经济成本指标", "单场宣传活动成本", "≤1.2万元/场"),
        ("三、效益指标", "1.生态效益指标", "重点商圈夜间景观照明超标点位", "≤5个"),
        ("四、满意度指标", "1.服务对象满意度指标", "投诉人满意度", "≥85%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    signature(s)
    return b


@variant(
    "uq15-skies-export",
    (7,),
    "budget-system export: head on sheet 05-1, the indicator table on sheet 05-2 under a "
    "title and unit row, codes in the first columns, headers 考核指标 and 目标值（年度） (correct)",
)
def uq15() -> Book:
    b, _ = project("暗夜社区创建", UNIT, one_year_money(wan(40), wan(35), wan(5)),
                   ["在岫川区创建2个暗夜社区，改造不合规户外照明灯具300盏。"],
                   sheet="部门项目支出预算05-1")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 14, 14, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：澄屿市天象馆", None, None, None, None, "单位：万元", merge=[(1, 5)])
    code, name = "317004250013", "暗夜社区创建"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "考核指标", "目标值（年度）")
    rows = [
        (code, name, "产出指标", "数量指标", "创建暗夜社区个数", "≥2个"),
        (code, name, None, None, "改造户外照明灯具数量", "≥300盏"),
        (code, name, None, "质量指标", "改造灯具光通量达标率", pct(0.95)),
        (code, name, None, "时效指标", "灯具改造完成时间", "10月31日前"),
        (code, name, "成本指标", "经济成本指标", "单盏灯具改造成本", "≤0.1万元/盏"),
        (code, name, "效益指标", "生态效益指标", "社区夜空背景亮度改善", "≥0.3星等/平方角秒"),
        (code, name, "满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ]
    indicators(t, head, rows, merged=(3, 4))
    return b


@variant(
    "uq16-skies-template-empty",
    (6, 13),
    "project, NAT-2021, value column headed 预期目标: a tier-2 left from the template "
    "without indicator, a value without a name",
)
def uq16() -> Book:
    b, s = project("城市夜空亮度监测", UNIT, one_year_money(wan(48), wan(40), wan(8)), [GOAL])
    rows = [
        ("产出指标", "数量指标", "夜空亮度监测点位数量", "≥18个"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥200夜"),
        (None, "质量指标", "监测数据有效率", "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "单个监测点年度运维成本", "≤0.6万元/个"),
        ("效益指标", "社会效益指标", "暗夜保护宣传受众人次", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "公众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    signature(s)
    return b


@variant(
    "uq17-skies-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below the table, converted from PDF: a "
    "split number, an amount pasted twice, an end date left as a serial number in text",
)
def uq17() -> Book:
    split = mk("51.7 5", "X105", "warning", alt=("X103",), note="read as 51.75")
    serial = mk("46022", "X104", "warning", note="the serial of 2025-12-31 in a text cell")
    b, s = project("光污染监测设备购置", UNIT, one_year_money(wan(60), split, wan(8.25)),
                   ["购置夜空亮度监测仪6套，建成光污染监测数据平台。"], end=serial)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "购置夜空亮度监测仪", "≥6套"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备安装完成时间", "9月30日前"),
        (None, "成本指标", "监测仪单套购置成本", "≤3万元/套"),
        ("效益指标", "生态效益指标", "全市光污染监测覆盖区县数", "≥5个"),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    s.skip()
    s.row("项目支出明细（万元）", "明细项目", "金额", "测算依据")
    top = s.r
    pasted = mk("18万18万（含安装调试）", "X106", "error", alt=("B108",), note="read as 18")
    s.row(None, "监测仪购置", pasted, "6套×3万元/套")
    s.row(None, "数据平台建设", 24.5, "软件开发及服务器租用")
    s.row(None, "暗夜保护宣传", 17.5, "宣传册、展板及活动组织")
    s.row(None, "合计", 60, None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return b


@variant(
    "uq18-skies-department-money",
    (12,),
    "department, NAT-2021: budget with a share row, key tasks adding to 项目支出, a note "
    "explaining the total, a share raised in 百分点 (correct)",
)
def uq18() -> Book:
    budget = [
        (wan(500), wan(450), wan(50), wan(300), wan(200)),
        (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)),
    ]
    tasks = [
        ("公众观测夜", "全年观测夜48场", wan(70), "参与公众1.2万人次"),
        ("光污染监测", "18个监测点运维", wan(50), "按月发布监测报告"),
        ("天象厅运行", "常设节目放映", wan(80), "放映1500场以上"),
        ("金额合计", None, wan(200), None),
    ]
    b, s = department(budget, "普及天文知识，保护城市夜空。", tasks)
    rows = [
        ("产出指标", "数量指标", "公众观测夜场次", "≥48场"),
        (None, None, "夜空亮度监测点位", "≥18个"),
        (None, "质量指标", "监测数据有效率", "≥90%"),
        (None, "时效指标", "月度监测报告发布时间", "次月10日前"),
        ("成本指标", "经济成本指标", "单场观测夜组织成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "市民天文科普参与率", "提高≥2百分点"),
        (None, "生态效益指标", "光污染投诉发生率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows, label="年度绩效指标")
    notes(s, "注：年度主要任务金额合计为项目支出200万元，基本支出300万元未列入任务。", width=4)
    signature(s)
    return b
