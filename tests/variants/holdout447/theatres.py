"""Folk quyi theatres (曲艺剧场、书茶馆): money blocks, notes and page breaks, points at two
levels, budget-system exports (yo13–yo18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout447.common import indicators, notes, one_year, sign, start, wan
from tests.variants.holdout447.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

YEARLY = ("一级指标", "二级指标", "三级指标", "年度指标值")
SCORED = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "yo13-department-money",
    (12,),
    "department, NAT-2021: budget with typed shares, key "
    "tasks adding to 金额合计 = 项目支出, a cost standard × count equal to its task (correct)",
)
def yo13() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="云栖市曲艺剧场",
        budget=[
            (wan(500), wan(400), wan(100), wan(300), wan(200)),
            (pct(1), pct(0.8), pct(0.2), pct(0.6), pct(0.4)),
        ],
        tasks=[
            ("曲艺惠民演出", "开展周末曲艺惠民专场演出", wan(120), "全年惠民演出150场"),
            ("剧场设备维护", "维护舞台灯光音响及座椅", wan(80), "剧场设备完好率不低于98%"),
            ("金额合计", None, wan(200), None),
        ],
        goal="全年开展曲艺惠民演出150场，保持剧场设备完好率98%以上，观众满意度不低于90%。",
    )
    indicators(s, [
        ("产出指标", "数量指标", "曲艺惠民演出场次", "≥150场"),
        (None, "质量指标", "剧场设备完好率", "≥98%"),
        (None, "时效指标", "设备故障修复时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单场惠民演出补贴标准", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "观众安全事故发生率", "≤0.1%"),
        (None, "可持续影响指标", "剧场公益演出常态化机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ], header=YEARLY)  # fmt: skip
    notes(s, "注：单场惠民演出补贴标准0.8万元×150场＝120万元，与惠民演出任务预算一致。")
    return b


@variant(
    "yo14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def yo14() -> Book:
    b, s = start()
    total = mk(
        wan(260),
        "B101",
        "error",
        row=True,
        note="基本支出 150 + 项目支出 100 = 250 ≠ 资金总额 260 (= 200 + 60)",
    )
    department_head(
        s,
        year=2026,
        dept="石榴湾镇书茶馆曲艺中心",
        budget=[(total, wan(200), wan(60), wan(150), wan(100))],
        tasks=[
            ("书茶馆评弹演出", "书茶馆常年评弹、评书演出", wan(60), "演出240场"),
            ("曲艺展演季", "举办秋季曲艺展演", wan(30), "展演12场"),
            (
                "金额合计",
                None,
                mk(wan(100), "B102", "error", note="60 + 30 = 90 ≠ 金额合计 100"),
                None,
            ),
        ],
        goal="全年书茶馆演出240场，举办曲艺展演12场。",
    )
    indicators(s, [
        ("产出指标", "数量指标", "书茶馆演出场次", "≥240场"),
        (None, None, "曲艺展演场次", "≥12场"),
        (None, "质量指标", "演出节目审核合格率", "=100%"),
        (None, "时效指标", "展演季完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "书茶馆单场演出补贴", "≤0.25万元/场"),
        ("效益指标", "社会效益指标", "书茶馆平均上座率", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "茶客观众满意度", "≥90%"),
    ], header=YEARLY)  # fmt: skip
    return b


@variant(
    "yo15-notes-page-break",
    (4,),
    "project, OLD-NAT, 分值 column: an instruction row, 小计 "
    "rows, the header repeated after a page break, 注 and 填表说明, signature (correct)",
)
def yo15() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="书茶馆曲艺惠民演出补贴项目",
        dept="澄湾县文化馆 520113",
        unit="澄湾县曲艺剧场",
        money=one_year(wan(45), wan(40), wan(5)),
        goals=["补贴全县书茶馆惠民曲艺演出180场，惠民票价不高于20元。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.row(*head)
    notes(s, "（填写说明：三级指标由申报单位填写，分值合计100分）", width=5)
    s.table([
        ("产出指标", "数量指标", "补贴惠民演出场次", "≥180场", 15),
        (None, "质量指标", "演出节目审核合格率", "=100%", 10),
        (None, "时效指标", "补贴资金按季拨付及时率", "≥95%", 10),
        (None, "成本指标", "单场演出补贴标准", "≤0.25万元/场", 10),
        (None, None, "惠民票价", "≤20元/张", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "书茶馆曲艺演出平均上座率", "≥70%", 15),
        (None, "可持续影响指标", "书茶馆惠民演出长效机制", "建立并执行", 15),
        ("满意度指标", "服务对象满意度指标", "茶客观众满意度", "≥90%", 20),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    notes(
        s,
        "注：补贴标准0.25万元/场×180场＝45万元，与年度资金总额一致。",
        "填表说明：指标值须填写比较符和计量单位；定性指标填写等级。",
        width=5,
    )
    sign(s, "柯望舒", "0817-3302 6651", day(2025, 12, 3))
    return b


@variant(
    "yo16-points-two-levels",
    (10,),
    "project, NAT-2021, a tier-1 score column and an "
    "indicator score column both adding to 100, a share raised in 百分点 (correct)",
)
def yo16() -> Book:
    b, s = start("绩效目标", (14, 10, 18, 28, 16, 10))
    project_head(
        s,
        year=2026,
        name="曲艺剧场年度演出季项目",
        dept="云栖市文化广电旅游局 733001",
        unit="云栖市曲艺剧场",
        money=one_year(wan(90), wan(75), wan(15)),
        goals=["举办年度演出季60场，青年观众占比较上年提高3个百分点。"],
    )
    indicators(s, [
        ("产出指标", 40, "数量指标", "演出季演出场次", "≥60场", 10),
        (None, None, None, "参演曲种数", "≥6个", 10),
        (None, None, "质量指标", "新排曲艺节目审查通过率", "≥95%", 10),
        (None, None, "时效指标", "演出季完成时间", "2026年12月31日前", 10),
        ("成本指标", 20, "经济成本指标", "单场演出成本", "≤1.4万元/场", 10),
        (None, None, None, "单张惠民票补贴", "≤30元/张", 10),
        ("效益指标", 30, "社会效益指标", "青年观众占比较上年提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "演出季品牌影响力", "不断提升", 15),
        ("满意度指标", 10, "服务对象满意度指标", "观众满意度", "≥90%", 10),
    ], header=SCORED, merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "yo17-export-artefacts",
    (9,),
    "budget-system export, codes in the first columns, "
    "header on the third row, detail lines on 05-1 and indicators on 05-2: a split number, "
    "an amount pasted twice, a unit cost rounded to 0",
)
def yo17() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 22, 20, 14, 14, 12))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位名称：澄湾县曲艺剧场", None, None, None, "金额单位：万元")
    code, name = "520113260007", "曲艺剧场音响灯光更新项目"
    s.row("项目代码", "项目名称", "支出内容", "金额", "其中：财政拨款", "其他资金")
    s.row(code, name, "项目合计", money(86.4), money(80), money(6.4))
    s.row(
        code,
        name,
        "音响设备购置",
        mk("52.3 6", "X105", "warning", alt=("X103",), note="52.36 split by a space"),
    )
    s.row(
        code,
        name,
        "舞台灯光改造",
        mk("21.04万21.04万", "X106", "error", alt=("B108",), note="21.04 pasted twice"),
    )
    s.row(code, name, "安装调试", money(13))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 16, 28, 18))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位名称：澄湾县曲艺剧场", None, None, None, "项目期：1年")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    zero = mk("≤0万元/套", "T115", "error", note="unit cost 52.36/24 ≈ 2.18 rounded to 0")
    t.table([
        (code, name, "产出指标", "数量指标", "更新音响设备", "≥24套"),
        (code, name, "产出指标", "质量指标", "设备验收合格率", "=100%"),
        (code, name, "产出指标", "时效指标", "设备安装完成时间", "2026年6月30日前"),
        (code, name, "产出指标", "成本指标", "音响设备单套购置成本", zero),
        (code, name, "效益指标", "社会效益指标", "演出音质问题投诉率", "≤3%"),
        (code, name, "效益指标", "可持续影响指标", "设备使用年限", "≥8年"),
        (code, name, "满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "yo18-tier-points-mismatch",
    (10, 11),
    "project, NAT-2021, tier-1 score column: the "
    "产出 indicator scores fall short of its declared 50, a 正向 count capped with ≤",
)
def yo18() -> Book:
    b, s = start("绩效目标", (14, 10, 18, 28, 16, 10))
    project_head(
        s,
        year=2026,
        name="曲艺剧场惠民票补项目",
        dept="松埠市文化广电旅游局 412001",
        unit="松埠市南门曲艺剧场",
        money=one_year(wan(30), wan(30), wan(0)),
        goals=["全年惠民演出60场，发放惠民票补贴6000张。"],
    )
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="the indicator points add to 95; tolerated beside the W103 at the tier",
    )
    indicators(s, [
        ("产出指标", mk(50, "W103", "error", note="15 + 15 + 10 + 5 = 45 ≠ 50"),
         "数量指标", "惠民演出场次",
         mk("≤60场", "T108", "warning", row=True, note="a 正向 count capped with ≤"), 15),
        (None, None, None, "发放惠民票张数", "≥6000张", 15),
        (None, None, "质量指标", "票补发放准确率", "≥98%", 10),
        (None, None, "时效指标", "票补资金按月结算及时率", "≥95%", 5),
        ("成本指标", 20, "经济成本指标", "单张惠民票补贴标准", "≤50元/张", 20),
        ("效益指标", 20, "社会效益指标", "剧场观众人次增长率", "≥10%", 20),
        ("满意度指标", 10, "服务对象满意度指标", "购票观众满意度", "≥90%", 10),
    ], header=SCORED, merged=(1, 2, 3))  # fmt: skip
    return b
