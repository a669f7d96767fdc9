"""Fishing boat checks, budget exports and scored tables: uv13–uv18."""

from __future__ import annotations

from tests.variants.holdout350.common import (
    YEAR,
    book,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout350.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT = "汐澳市渔港和渔船管理所"


def _checks(s: Sheet, boats: str, hours: str, price: str) -> None:
    """One stacked boat-check project's indicator table (the same names, its own values)."""
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "渔船安全检查艘次", boats),
            (None, "质量指标", "检查发现隐患整改率", "≥95%"),
            (None, "时效指标", "隐患复查时限", hours),
            (None, "成本指标", "单艘次检查成本", price),
            ("效益指标", "社会效益指标", "渔船安全生产责任事故", "0起"),
            ("满意度指标", "服务对象满意度指标", "渔船船东满意度", "≥90%"),
        ],
    )


@variant(
    "uv13-boats-stacked-three",
    (2,),
    "three boat-check projects stacked in one sheet, OLD-NAT, one value column, the same "
    "names with different values (correct)",
)
def uv13() -> Book:
    b, s = book()
    project(
        s,
        "汐澳港渔船安全检查项目",
        DEPT,
        funds(96, 96, 0),
        ["全年检查汐澳港籍渔船800艘次，消除安全隐患。"],
    )
    _checks(s, "≥800艘次", "≤10个工作日", "≤0.12万元/艘次")
    s.skip()
    project(
        s,
        "珠湄渔港渔船安全检查项目",
        DEPT,
        funds(50, 45, 5),
        ["全年检查珠湄渔港渔船500艘次。"],
        title="",
    )
    _checks(s, "≥500艘次", "≤7个工作日", "≤0.1万元/艘次")
    s.skip()
    project(
        s,
        "鲎湾避风塘渔船安全检查项目",
        DEPT,
        funds(27, 27, 0),
        ["全年检查鲎湾避风塘渔船300艘次。"],
        title="",
    )
    _checks(s, "≥300艘次", "≤5个工作日", "≤0.09万元/艘次")
    sign(s, "欧阳渡", "0759-8870243")
    return b


@variant(
    "uv14-boats-flat-wrong",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a unit "
    "conflict, a 反向 rate with ≥, weights adding to 95",
)
def uv14() -> Book:
    b, s = book()
    department(
        s,
        DEPT,
        [(wan(420), wan(400), wan(20), wan(230), wan(190))],
        "完成辖区渔船安全检查2000艘次，渔船安全形势稳定。",
    )
    s.row("绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.row("渔船安全检查艘次", "≥2000", "正向", "艘次", 20)
    s.row(
        "伏季休渔期港内巡查",
        mk("≥12万元", "T112", "error", row=True, note="value in 万元, unit column 次"),
        "正向",
        "次",
        15,
    )
    s.row("渔船隐患整改率", "≥95", "正向", "%", 20)
    s.row(
        "渔船涉险事故发生率",
        mk(
            "≥1",
            "T108",
            "warning",
            row=True,
            note="a 发生率 is 反向 (its own column says so) but takes ≥",
        ),
        "反向",
        "%",
        15,
    )
    s.row("单艘次检查成本", "≤0.08", "反向", "万元/艘次", 15)
    s.row("渔船船东满意度", "≥90", "正向", "%", 10)
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="weights 20+15+20+15+15+10 = 95, not 100")
    return b


@variant(
    "uv15-boats-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, 百分点, weights add to 100 (correct)",
)
def uv15() -> Book:
    b, s = book()
    department(
        s,
        "澜屿县渔船检验站",
        [(wan(180), wan(170), wan(10), wan(110), wan(70))],
        "完成渔船年度检验650艘，渔船检验合格率稳步提高。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("渔船年度检验艘数", 20, "艘", "≥", 650),
            ("渔船检验一次合格率", 15, "%", "≥", pct(0.92)),
            ("检验报告出具时限", 15, "个工作日", "≤", 5),
            ("单艘检验成本", 10, "万元/艘", "≤", 0.1),
            ("渔船涉检投诉下降率", 15, "%", "≥", pct(0.1)),
            ("AIS终端在线率较上年提高", 15, "百分点", "≥", 3),
            ("渔船船东满意度", 10, "%", "≥", pct(0.9)),
            ("合计", 100, None, None, None),
        ]
    )
    notes(s, "注：单艘检验成本按年度检验650艘测算，合计65万元，在项目支出70万元内。", width=5)
    return b


@variant(
    "uv16-dive-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below: a split number, a date serial as "
    "text, an amount pasted twice",
)
def uv16() -> Book:
    b, s = book()
    total = mk("386.452 5", "X105", "warning", alt=("X103",), note="386.4525 split by a space")
    end = mk("46022", "X104", "warning", note="2025-12-31 as a serial in a text cell")
    project(
        s,
        "鲎湾珊瑚礁潜水调查与巡护项目",
        "汐澳市鲎湾海洋保护区管理站",
        funds(total, 300, 86.4525),
        ["完成鲎湾礁区潜水调查和全年潜水巡护。"],
        end=end,
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "潜水调查站位", "≥50个"),
            (None, None, "潜水巡护次数", "≥40次"),
            (None, "质量指标", "调查数据有效率", "≥95%"),
            (None, "时效指标", "调查报告提交时间", "2025年11月30日前"),
            (None, "成本指标", "单次潜水巡护成本", "≤1.1万元/次"),
            ("效益指标", "生态效益指标", "礁区人为破坏事件下降率", "≥15%"),
            ("满意度指标", "服务对象满意度指标", "保护区周边群众满意度", "≥90%"),
        ],
    )
    s.skip()
    s.row("项目明细", "明细项目", "金额（万元）", "说明")
    s.row(None, "珊瑚礁本底调查", wan(150.4525), "50个站位")
    s.row(
        None,
        "潜水巡护",
        mk("45万45万(含潜水装备租赁)", "X106", "error", alt=("B108",), note="45万 pasted twice"),
        "40次",
    )
    s.row(None, "监测设备购置", wan(130), "水下摄像系统")
    s.row(None, "数据分析与报告", wan(61), "委托第三方")
    sign(s, "严澜", "0759-8836507")
    return b


@variant(
    "uv17-boats-export-points",
    (7, 10),
    "budget-system export: money on 部门项目支出预算05-1, the indicator table on a second sheet "
    "with codes in the first columns, header on the third row, tier and indicator points both "
    "100, 百分点 (correct)",
)
def uv17() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 26, 14, 14, 14, 14))
    code, name = "408003-25-0017", "渔船渔港安全隐患排查整治项目"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row(code, name, wan(156), wan(126), wan(30), "1年")
    s.row("年度绩效目标", "全年排查渔船1200艘次，渔港安全隐患按期整改。", merge=[(2, 6)])
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 8, 16, 26, 14, 8))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("预算单位：408003 汐澳市渔港和渔船管理所")
    indicators(
        t,
        ("项目编码", "项目名称", "一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值"),
        [
            (code, name, "产出指标", 50, "数量指标", "渔船安全隐患排查艘次", "≥1200艘次", 15),
            (None, None, None, None, None, "渔港码头隐患排查", "≥6个", 10),
            (None, None, None, None, "质量指标", "重大隐患整改销号率", "=100%", 15),
            (None, None, None, None, "时效指标", "一般隐患整改时限", "≤15个工作日", 10),
            (None, None, "成本指标", 10, "经济成本指标", "单艘次排查成本", "≤0.12万元/艘次", 10),
            (
                None,
                None,
                "效益指标",
                30,
                "社会效益指标",
                "渔船安全检查覆盖率较上年提高",
                "≥3百分点",
                15,
            ),
            (None, None, None, None, "可持续影响指标", "隐患排查整治长效机制", "建立并执行", 15),
            (None, None, "满意度指标", 10, "服务对象满意度指标", "渔船船东满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3, 4, 5),
    )
    notes(t, "说明：一级分值合计100分，三级指标分值合计100分。", width=8)
    return b


@variant(
    "uv18-ranch-points-parent",
    (5, 10),
    "project, NAT-2021, tier-1 score column and indicator scores: the 产出 indicators add to 40 "
    "against 50, a 时效指标 under 效益指标",
)
def uv18() -> Book:
    b, s = book()
    project(
        s,
        "珠湄湾海洋牧场管护项目",
        "汐澳市珠湄湾海洋牧场建设中心",
        funds(88, 80, 8),
        ["全年开展海洋牧场礁区巡护120次，维护礁区和浮标设施。"],
    )
    w103 = mk(50, "W103", "error", alt=("W101",), note="15 + 15 + 10 = 40 under a declared 50")
    f105 = mk("时效指标", "F105", "error", note="时效指标 belongs under 产出指标")
    indicators(
        s,
        ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("产出指标", w103, "数量指标", "礁区巡护次数", "≥120次", 15),
            (None, None, "质量指标", "巡护记录完整率", "≥95%", 15),
            (None, None, None, "礁区浮标完好率", "≥90%", 10),
            ("成本指标", 10, "经济成本指标", "单次巡护成本", "≤0.6万元/次", 10),
            ("效益指标", 30, "生态效益指标", "礁区鱼类资源密度提高", "≥5%", 10),
            (None, None, f105, "礁区违规作业处置时限", "≤24小时", 10),
            (None, None, "社会效益指标", "礁区违规作业投诉下降率", "≥10%", 10),
            ("满意度指标", 10, "服务对象满意度指标", "牧场经营主体满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    sign(s, "黎泊舟", "0759-8857120")
    return b
