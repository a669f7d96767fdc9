"""体育 returns: 社区健身设施 over three years, 全民健身赛事 with template rows left empty."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout18.grid import export, grid, sign, title
from tests.variants.holdout18.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("ib05-fitness-multiyear-ok", (1, 8, 12), "budget-system export, three-year project: "
         "中期 and 年度 money and goals in the grid, 中期指标值 and 年度指标值 columns with "
         "one 指标性质 column, annual counts a third of the period's, rates and costs "
         "equal")  # fmt: skip
def ib05() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (10, 14, 16, 30, 10, 12, 12, 10, 10))
    title(s, "2026年度项目支出绩效目标表", 2, 8)
    grid(s, [
        ("项目名称", "社区全民健身场地设施补短板", "项目编码", "441823260000000108"),
        ("主管部门", "松川区文化广电旅游体育局", "实施单位", "松川区体育事业发展中心"),
        ("项目类别", "专项业务类", "项目期限", "3年（2026—2028年）"),
        ("中期资金总额（万元）", 1800, "年度资金总额（万元）", 600),
        ("其中：财政拨款", 1650, "其中：财政拨款", 550),
        ("其他资金", 150, "其他资金", 50),
        ("中期目标", "2026—2028年新建改造社区健身场地90处、更新健身器材1200件，城市社区15分钟"
                     "健身圈覆盖率达到98%。"),
        ("年度目标", "2026年新建改造社区健身场地30处、更新健身器材400件，城市社区15分钟健身圈"
                     "覆盖率达到85%。"),
    ])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值", "度量单位",
            "指标方向")  # fmt: skip
    export(s, head=head, code="TY26", rows=[
        ("产出指标", "数量指标", "新建改造社区健身场地", "≥", 90, 30, "处", "正向"),
        ("产出指标", "数量指标", "更新健身器材", "≥", 1200, 400, "件", "正向"),
        ("产出指标", "质量指标", "场地设施验收合格率", "=", pct(1), pct(1), "%", "正向"),
        ("产出指标", "时效指标", "年度建设任务按期完成率", "≥", pct(0.95), pct(0.95), "%",
         "正向"),
        ("成本指标", "经济成本指标", "单处场地平均建设成本", "≤", 18, 18, "万元/处", "反向"),
        ("效益指标", "社会效益指标", "城市社区15分钟健身圈覆盖率", "≥", pct(0.98), pct(0.85), "%",
         "正向"),
        ("效益指标", "可持续影响指标", "健身设施长效管护机制", "定性", "健全", "健全", "", "正向"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥", pct(0.9), pct(0.9), "%",
         "正向"),
    ])  # fmt: skip
    s.row("注：中期指标值为2026—2028年累计目标，年度指标值为2026年目标。", col=2, merge=[(2, 9)])
    sign(s, ("填报人：", "卢嘉", "审核人：", "冯志远", "联系电话：", "0668-2217390", "填报日期：",
             day(2025, 11, 20)))  # fmt: skip
    return b


@variant("ib13-fitness-template-rows", (6, 13), "WPS project table, NAT-2021, merged tiers, one "
         "value column: two tier-2 rows of the template left empty, a value without a "
         "name")  # fmt: skip
def ib13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 16))
    project_head(
        s,
        year=2026,
        name="桐溪县全民健身赛事活动",
        dept="桐溪县文化广电旅游体育局",
        unit="桐溪县体育事业发展中心",
        money=[("资金总额", 95, "财政拨款", 90), ("其他资金", 5, None, None)],
        goals=["举办县级全民健身赛事12场次，指导乡镇（街道）开展健身活动48场次，带动群众参与"
               "3000人次以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "县级全民健身赛事", "≥12场次", None),
        (None, None, "乡镇（街道）健身活动", "≥48场次", None),
        (None, None, mk(None, "F110", "error", note="a value without its name"), "≥3000人次",
         None),
        (None, "质量指标", "赛事组织规范达标率", "≥95%", None),
        (None, mk("时效指标", "F109", "warning", row=True), None, None, None),
        ("成本指标", "经济成本指标", "单场县级赛事平均成本", "≤6万元/场", None),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "≥40%", None),
        (None, mk("生态效益指标", "F109", "warning", row=True), None, None, None),
        (None, "可持续影响指标", "全民健身赛事体系", "逐步完善", None),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("填表人：", "汪洋", "联系电话：", "0564-8810362", "填报日期：", day(2025, 11, 16))
    return b
