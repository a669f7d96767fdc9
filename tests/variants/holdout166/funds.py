"""Money in two blocks and department tables (nt14, nt15, nt16, nt17)."""

from __future__ import annotations

from tests.variants.holdout166.common import Book, department_head, project_head, sign, table, wan
from tests.variants.holdout166.registry import variant
from tests.variants.kit import Sheet, mk, ok, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


def sources(s: Sheet, lines: list[tuple], total: object) -> None:
    """A 资金来源 block under the head: one line per source and a 合计 row."""
    s.row("资金来源", "资金性质", "金额（万元）", "备注", merge=[(4, 6)])
    top = s.r
    for name, amount, note in lines:
        s.row(None, name, amount, note, merge=[(4, 6)])
    s.row(None, "合计", total, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


@variant(
    "nt14-sources-disagree",
    (12,),
    "project, NAT-2021, a 资金来源 block under the head: "
    "its 合计 280 ≠ the head's 资金总额 300 (each block adds up in itself)",
)
def nt14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="全民健身设施补短板项目",
        dept="青岚市体育局（431）",
        unit="青岚市体育设施管理中心",
        money=[
            ("资金总额", ok(wan(300), "error"), "其中：财政拨款", wan(260)),
            ("其他资金", ok(wan(40), "error"), None, None),
        ],
        goals=["新建社区健身路径30处、笼式足球场4个，完善全民健身设施网络。"],
    )
    sources(
        s,
        [
            ("中央补助资金", wan(160), "体育彩票公益金"),
            ("市级财政资金", wan(100), None),
            ("社会捐赠资金", ok(wan(20), "error"), "企业捐赠"),
        ],
        mk(wan(280), "B101", "error", row=True, alt=("B102",), note="合计 280 ≠ 资金总额 300"),
    )
    table(
        s,
        H4,
        [
            ("产出指标", "数量指标", [("新建社区健身路径", "≥30处"), ("新建笼式足球场", "≥4个")]),
            ("产出指标", "质量指标", [("设施验收合格率", "≥95%")]),
            ("产出指标", "时效指标", [("设施建成时间", "2026年10月31日前")]),
            ("成本指标", "经济成本指标", [("单处健身路径建设成本", "≤5万元/处")]),
            ("效益指标", "社会效益指标", [("经常参加体育锻炼人数比例", "≥40%")]),
            ("效益指标", "可持续影响指标", [("健身设施维护管理机制", "健全")]),
            ("满意度指标", "服务对象满意度指标", [("健身群众满意度", "≥90%")]),
        ],
    )
    sign(s, "卢建平", "0771-5814120")
    return b


@variant(
    "nt15-sources-agree",
    (12,),
    "project, OLD-NAT, a 资金来源 block whose 合计 equals the "
    "head's 资金总额, amounts in 万元 by number format",
)
def nt15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="公共图书馆数字化服务项目",
        dept="白沙河区文化广电和旅游局（322）",
        unit="白沙河区图书馆",
        money=[
            ("资金总额", wan(180), "其中：财政拨款", wan(150)),
            ("其他资金", wan(30), None, None),
        ],
        goals=["采购数字资源20000册，全年提供数字阅读服务50000人次以上，读者满意度达到90%以上。"],
    )
    sources(s, [("区级财政资金", wan(150), None), ("单位事业收入", wan(30), "上年结余")], wan(180))
    table(
        s,
        H4,
        [
            (
                "产出指标",
                "数量指标",
                [("数字资源采购量", "≥20000册"), ("数字阅读服务人次", "≥50000人次")],
            ),
            ("产出指标", "质量指标", [("数字服务系统可用率", "≥99%")]),
            ("产出指标", "时效指标", [("数字资源上线时间", "2026年9月30日前")]),
            ("产出指标", "成本指标", [("单册数字资源采购成本", "≤40元/册")]),
            ("效益指标", "社会效益指标", [("数字资源访问量增长率", "≥10%")]),
            ("满意度指标", "服务对象满意度指标", [("读者满意度", "≥90%")]),
        ],
    )
    sign(s, "潘文静", "0775-3327230")
    return b


@variant(
    "nt16-department-consistent",
    (12,),
    "department, NAT-2021: budget, key tasks and "
    "金额合计 consistent, an indicator name holding its value (普法宣传活动40场 │ ≥40场)",
)
def nt16() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=2026,
        dept="临溪县司法局",
        budget=[(wan(850), wan(800), wan(50), wan(600), wan(250))],
        tasks=[
            ("人民调解工作", "开展矛盾纠纷排查调解", wan(100), "调解矛盾纠纷800件"),
            ("法治宣传教育", "开展普法宣传进村入户", wan(150), "普法宣传活动40场"),
            ("金额合计", None, wan(250), None),
        ],
        goal="组织普法宣传活动40场，调解矛盾纠纷800件，调解成功率达到95%以上，"
        "群众满意度达到90%以上。",
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "年度指标值"),
        [
            (
                "产出指标",
                "数量指标",
                [("普法宣传活动40场", "≥40场"), ("矛盾纠纷调解件数", "≥800件")],
            ),
            ("产出指标", "质量指标", [("矛盾纠纷调解成功率", "≥95%")]),
            ("产出指标", "时效指标", [("调解案件办结时限", "≤30日")]),
            ("成本指标", "经济成本指标", [("单场普法活动成本", "≤2万元/场")]),
            ("效益指标", "社会效益指标", [("群众法治知晓率", "≥85%")]),
            ("效益指标", "可持续影响指标", [("基层人民调解运行机制", "健全")]),
            ("满意度指标", "服务对象满意度指标", [("群众满意度", "≥90%")]),
        ],
        label="年度绩效指标",
    )
    sign(s, "谢永康", "0771-6621046")
    return b


@variant(
    "nt17-department-two-slips",
    (11, 12),
    "department, NAT-2021, operator and unit "
    "columns, percent cells: text 3000批次 vs indicator ≥2500批次; 抽检合格率 ≤97%",
)
def nt17() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    goal = mk(
        "完成食品安全抽检3000批次，检查特种设备使用单位600家，食品抽检合格率保持在97%以上，"
        "投诉举报按期办结率达到98%以上。",
        "D104",
        "warning",
        required=False,
    )
    department_head(
        s,
        year=2026,
        dept="青岚市市场监督管理局",
        budget=[(wan(1200), wan(1100), wan(100), wan(900), wan(300))],
        tasks=[
            ("食品安全抽检", "开展食品安全监督抽检", wan(180), "抽检3000批次"),
            ("特种设备安全监察", "检查特种设备使用单位", wan(120), "检查600家"),
            ("金额合计", None, wan(300), None),
        ],
        goal=goal,
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        [
            (
                "产出指标",
                "数量指标",
                [
                    (
                        "食品安全抽检批次",
                        "≥",
                        mk(2500, "D104", "warning", row=True, note="年度总体目标 says 3000批次"),
                        "批次",
                    ),
                    ("特种设备使用单位检查家数", "≥", 600, "家"),
                ],
            ),
            (
                "产出指标",
                "质量指标",
                [
                    (
                        "食品抽检合格率",
                        mk("≤", "T108", "warning", row=True, note="正向 rate capped"),
                        pct(0.97),
                        "%",
                    ),
                    ("投诉举报按期办结率", "≥", pct(0.98), "%"),
                ],
            ),
            ("产出指标", "时效指标", [("抽检结果公布时限", "≤", 20, "个工作日")]),
            ("成本指标", "经济成本指标", [("单批次抽检成本", "≤", 600, "元/批次")]),
            ("效益指标", "社会效益指标", [("食品安全事故发生数", "=", 0, "起")]),
            ("满意度指标", "服务对象满意度指标", [("群众满意度", "≥", pct(0.9), "%")]),
        ],
        label="年度绩效指标",
    )
    return b
