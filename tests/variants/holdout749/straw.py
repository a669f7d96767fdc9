"""Straw-burning prevention patrols (秸秆禁烧巡查): kce13 to kce18."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout749.common import (
    ECO,  # fmt: skip
    TIERS,
    YEAR,
    new_book,
    notes,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout749.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = (*TIERS, "指标值")


@variant(
    "kce13-patrol-operator-column",
    (1, 7, 11),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, operator and unit columns, 0 fire "
    "points with ≤, a 下降率 with ≥, =100% typed as a percent cell (correct)",
)
def kce13() -> Book:
    b, s = new_book()
    project(s, "秸秆禁烧巡查", ECO,
            [("资金总额", wan(120), "其中：财政拨款", wan(110)),
             ("其他资金（乡镇配套）", wan(10), None, None)],
            ["夏收、秋收禁烧期组织96名专职巡查员巡查150天，实现秸秆焚烧火点“零发生”，卫星"
             "监测火点全部核查。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "禁烧期巡查天数", "≥", 150, "天"),
        (None, None, "专职巡查员人数", "≥", 96, "人"),
        (None, "质量指标", "秸秆焚烧火点数", "≤", 0, "个"),
        (None, None, "卫星监测火点核查率", "=", pct(1), "%"),
        (None, "时效指标", "火情处置到场时间", "≤", 30, "分钟"),
        (None, "成本指标", "巡查员劳务补助标准", "≤", 12000, "元/人"),
        ("效益指标", "社会效益指标", "秸秆焚烧火点数比上年下降率", "≥", 30, "%"),
        (None, "生态效益指标", "禁烧期空气质量优良天数比例提高", "≥", 1, "百分点"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "岑伯涛", "0736-5847712", day(2024, 12, 12))
    return b


@variant(
    "kce14-patrol-direction-goal",
    (11,),
    "project, OLD-NAT, operators inside the values: a fire count with ≥, patrol days "
    "against the goal's",
)
def kce14() -> Book:
    b, s = new_book()
    project(s, "秸秆禁烧巡查管控", ECO, [("资金总额", wan(90), "其中：财政拨款", wan(90))],
            ["禁烧期巡查180天，秸秆焚烧火点控制在3个以内，综合利用率达到92%。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "禁烧期巡查天数",
         mk("≥150天", "D104", "warning", row=True, note="年度绩效目标写巡查180天")),
        (None, "质量指标", "秸秆焚烧火点发生数",
         mk("≥3个", "T108", "warning", row=True, alt=("D104",),
            note="反向指标写成≥，目标写“3个以内”")),
        (None, "时效指标", "火情处置到场时间", "≤30分钟"),
        (None, "成本指标", "巡查员日均补助", "≤150元/人·天"),
        ("效益指标", "生态效益指标", "秸秆综合利用率", "≥92%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kce15-patrol-notes",
    (4, 5, 7),
    "project, OLD-NAT, abbreviated tier labels, header 预期目标, a 填表说明 row inside the "
    "table, the header repeated after a page break, notes and signature below (correct)",
)
def kce15() -> Book:
    b, s = new_book()
    project(s, "秸秆禁烧网格化管理", ECO, [("资金总额", wan(48), "其中：财政拨款", wan(48))],
            ["32个行政村禁烧网格全覆盖，禁烧期每日巡查，火情发现后30分钟内到场处置。"])  # fmt: skip
    s.row(*TIERS, "预期目标")
    s.table([
        ("填表说明：三级指标由实施单位填写，指标值须可考核。", None, None, None),
        ("产出", "数量", "禁烧网格覆盖行政村数", "≥32个"),
        (None, None, "网格员培训人次", "≥160人次"),
        (None, "质量", "网格员到岗率", "≥95%"),
        (None, "时效", "火情处置到场时间", "≤30分钟"),
        (*TIERS, "预期目标"),
        ("产出", "成本", "网格员补助标准", "≤1500元/人"),
        ("效益", "社会效益", "禁烧宣传入户率", "≥90%"),
        (None, "可持续影响", "网格化禁烧管理制度", "健全"),
        ("满意度", "服务对象满意度", "村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：网格员补助按320名网格员计，含培训误餐补助。",
          "说明：本表一式两份，报县财政局、县农业农村局各一份。")  # fmt: skip
    sign(s, "岑伯涛", "0736-5847712", day(2024, 12, 12))
    return b


@variant(
    "kce16-patrol-two-years",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns: a year's patrols above the period's, a "
    "deadline from last season, the goal's patrol staff against the indicator",
)
def kce16() -> Book:
    b, s = new_book()
    project(s, "秸秆禁烧智能监控与巡查（2025—2026年）", ECO,
            [("中期资金总额", wan(160), "年度资金总额", wan(90)),
             ("其中：财政拨款", wan(160), "其中：财政拨款", wan(90))],
            ["两年内建成覆盖全县的禁烧视频监控网络，禁烧期巡查村次不少于600村次。",
             "安装视频监控点位40个，配备巡查员120名，禁烧期巡查不少于300村次。"],
            years=2, attr="新增项目")  # fmt: skip
    table(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "视频监控点位数量", "≥70个", "≥40个"),
        (None, None, "禁烧期巡查村次", "≥600村次",
         mk("≥640村次", "D201", "error", note="一年的巡查村次超过两年合计")),
        (None, None, "配备巡查员人数", "≥120名",
         mk("≥100名", "D104", "warning", row=True, note="年度目标写配备巡查员120名")),
        (None, "时效指标", "监控网络建成时间", "2026年10月31日前",
         mk("2024年9月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="上一季的期限，早于项目期2025—2026年")),
        (None, "成本指标", "监控点位单价", "≤1.2万元/个", "≤1.2万元/个"),
        ("效益指标", "生态效益指标", "秸秆焚烧火点数下降率", "≥40%", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kce17-patrol-department",
    (5, 12),
    "department, NAT-2021, labels with ★ and abbreviations, a goal count that is a part of "
    "the indicator's, budget and tasks consistent (correct)",
)
def kce17() -> Book:
    b, s = new_book()
    department_head(s, year=YEAR, dept=ECO, budget=[(wan(180), wan(160), wan(20), wan(95),
                    wan(85))], tasks=[
        ("秸秆禁烧巡查", "禁烧期巡查、火情处置", wan(60), "126个行政村全覆盖"),
        ("秸秆综合利用宣传", "宣传入户、培训", wan(25), "宣传入户率≥90%"),
        ("金额合计", None, wan(85), None)],
        goal=("全县126个行政村禁烧巡查全覆盖（其中重点区域40个村实行24小时值守），秸秆综合"
              "利用率达到92%。"))  # fmt: skip
    s.skip()
    table(s, H4, [
        ("★产出指标", "数量", "巡查覆盖行政村数", "≥126个"),
        (None, None, "重点村24小时值守村数", "≥40个"),
        (None, "质量", "秸秆焚烧火点数", "≤0个"),
        (None, "时效", "火情处置到场时间", "≤30分钟"),
        ("★成本指标", "经济成本", "重点村值守补助标准", "≤0.8万元/村"),
        ("★效益指标", "生态效益", "秸秆综合利用率", "≥92%"),
        (None, "社会效益", "禁烧宣传入户率", "≥90%"),
        ("★满意度指标", "服务对象满意度", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kce18-patrol-template-rows",
    (6, 13),
    "project, NAT-2021: a tier-2 left from the template, a value without a name, the same "
    "indicator under two tier-2s",
)
def kce18() -> Book:
    b, s = new_book()
    project(s, "秸秆禁烧宣传与巡查", ECO, [("资金总额", wan(36), "其中：财政拨款", wan(36))],
            ["开展禁烧宣传进村入户，禁烧期巡查全县行政村。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "禁烧宣传活动场次", "≥20场"),
        (None, None, mk(None, "F110", "error", note="有指标值没有名称"), "≥126个"),
        (None, "质量指标", "禁烧宣传覆盖率", pct(1)),
        (None, "时效指标", "火情处置到场时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "宣传材料印制成本", "≤3万元"),
        ("效益指标", mk("生态效益指标", "F109", "warning", row=True,
                        note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        (None, "社会效益指标", mk("禁烧宣传覆盖率", "D101", "warning", row=True,
                                  alt=("D103", "D102", "F201"),
                                  note="与质量指标下的同名指标重复"), "=100%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
