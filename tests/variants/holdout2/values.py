"""Project forms with defects in the values themselves: a declared type against the value, a unit
against the unit column, a percent cell above 100 %, conflicting duplicates, a number in the name,
directions, weights and a missing tier-1."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout2.forms import one_year
from tests.variants.holdout2.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("k19-type-unit-columns", (1, 11),
         "project, NAT-2021, 指标值类型 and 计量单位 columns: 定量 with a grade, a money value "
         "against the unit 人, a percent cell showing 105%")  # fmt: skip
def k19() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 12, 16, 12))
    project_head(s, year=2025, name="社区老年助餐服务项目", dept="白沙河区民政局（127）",
                 unit="白沙河区民政局", money=one_year(150.0),
                 goals=["新建社区老年助餐点12个，全年提供助餐服务18万人次，老年人就餐更加"
                        "便利。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "新建社区老年助餐点", "定量", "≥12", "个"),
        (None, None, "助餐服务老年人人次", "定量", "≥18", "万人次"),
        (None, None, "享受助餐补贴老年人数", "定量",
         mk("≥12万元", "T112", "error", row=True, note="万元 in the value, 人 in the unit column"),
         "人"),
        (None, "质量指标", "助餐点食品安全检查合格率", "定量",
         mk(pct(1.05), "T106", "error", note="a percent cell showing 105%"), "%"),
        (None, "时效指标", "助餐补贴结算周期", "定量", "≤1", "月"),
        ("成本指标", "经济成本指标", "每人次助餐补贴标准", "定量", "≤5", "元/人次"),
        ("效益指标", "社会效益指标", "老年人就餐便利程度", "定性", "明显提升", ""),
        (None, None, "助餐服务政策知晓面", "定量",
         mk("广泛", "T109", "error", row=True, note="declared 定量, a grade given"), ""),
        (None, "可持续影响指标", "助餐点持续运营机制", "定性", "建立并执行", ""),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "定量", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("k20-duplicates-name-number", (11,),
         "project, NAT-2021: the same indicator twice with different values, a number in the "
         "name against the value, =95% on a satisfaction rate")  # fmt: skip
def k20() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(s, year=2025, name="城镇污水管网建设项目", dept="临溪县住房和城乡建设局（124）",
                 unit="临溪县城市建设服务中心", attr="一次性项目", money=one_year(820.0),
                 goals=["新建城镇污水管网12公里、提升泵站2座，完成2座污水处理厂提标改造，"
                        "提高城镇生活污水集中收集率。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "新建污水管网长度",
         mk("≥12公里", "D102", "error", row=True, required=False,
            note="the first of the pair: the finding may stand here"), ""),
        (None, None, "污水处理厂提标改造2座",
         mk("≥3座", "T110", "warning", row=True, note="2 in the name, 3 in the value"), ""),
        (None, None, "新建污水提升泵站", "≥2座", ""),
        (None, None, "新建污水管网长度",
         mk("≥15公里", "D102", "error", row=True, note="same indicator, 12 vs 15 km"), ""),
        (None, "质量指标", "管网工程验收合格率", "=100%", ""),
        (None, "时效指标", "主体工程完工时间", "2025年11月30日前", ""),
        ("成本指标", "经济成本指标", "管网建设单位成本", "≤45万元/公里", "含路面恢复"),
        ("效益指标", "生态效益指标", "城镇生活污水集中收集率", "≥75%", ""),
        (None, "可持续影响指标", "管网设计使用年限", "≥30年", ""),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate"), ""),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "k21-no-benefit-weights-95",
    (10,),
    "project, NAT-2021, weight column: no 效益指标 at all, weights adding to 95",
)
def k21() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(
        s,
        year=2025,
        name="食品安全监督抽检项目",
        dept="青岚市市场监督管理局（312）",
        unit="青岚市食品检验所",
        attr="经常性项目",
        money=one_year(80.0),
        goals=["完成食品安全监督抽检2000批次，不合格产品依法及时核查处置。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")
    s.table([
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥2000批次", 20),
        (None, None, "农贸市场快检覆盖", "≥35个", 10),
        (None, "质量指标", "检验报告差错率", "≤0.5%", 10),
        (None, "时效指标", "不合格产品核查处置时限", "≤15个工作日", 10),
        ("成本指标", "经济成本指标", "单批次抽检费用", "≤380元/批次", 15),
        ("满意度指标", "服务对象满意度指标", "被抽检经营者满意度", "≥85%", 10),
        (None, None, "消费者满意度", "≥90%", 20),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("F106", "error", note="no 效益指标 in the table")
    b.file_mark("W101", "error", note="weights add to 95")
    return b


@variant("k22-direction-satisfaction", (11,),
         "project, NAT-2021: ≥ on a processing time and on a unit cost, a satisfaction target "
         "of 60%")  # fmt: skip
def k22() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(s, year=2025, name="政务服务一网通办平台运行维护项目",
                 dept="青岚市政务服务管理办公室（305）", unit="青岚市政务服务中心",
                 attr="经常性项目", money=one_year(95.0),
                 goals=["保障一网通办平台全年稳定运行，线上可办事项1200项以上，压缩办件"
                        "时长。"])  # fmt: skip
    s.row(*("一级指标", "二级指标", "三级指标", "指标值", "指标值说明"))
    s.table([
        ("产出指标", "数量指标", "线上可办政务服务事项", "≥1200项", ""),
        (None, "质量指标", "办件差错率", "≤1%", ""),
        (None, "时效指标", "办件平均办理时长",
         mk("≥3个工作日", "T108", "warning", row=True, note="≥ on a processing time"), ""),
        (None, None, "系统故障响应时间", "≤2小时", ""),
        ("成本指标", "经济成本指标", "单件办件平均运维成本",
         mk("≥15元/件", "T108", "warning", row=True, note="≥ on a unit cost"), ""),
        ("效益指标", "社会效益指标", "企业和群众办事跑动次数", "持续减少", ""),
        (None, "可持续影响指标", "平台年可用率", "≥99.5%", ""),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度",
         mk("≥60%", "T114", "warning", note="far below the usual 85–95 %"), ""),
    ], merged=(1, 2))  # fmt: skip
    return b
