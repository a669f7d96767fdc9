"""Returns bc07–bc12: rain-collecting cisterns for supplementary irrigation of small fields
(集雨补灌)."""

from __future__ import annotations

from tests.variants.holdout513.common import (
    YEAR,
    funds,
    indicators,
    new_book,
    notes,
    project,
    signature,
)
from tests.variants.holdout513.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("bc07-export-assessment", (7,),
         "budget-system export: budget on sheet 05-1, indicators on sheet 05-2 with the header "
         "on the third row, project codes in the first columns, headers 考核指标, 目标值（年度） "
         "and a 评价标准 column, NAT-2021 (correct)")  # fmt: skip
def bc07() -> Book:
    b, s = new_book("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：西坳县农业农村局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("530826250001", "西坳县坡耕地集雨补灌水窖项目", 170, 150, 20)
    s.row("合计", None, 170, 150, 20)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 24, 16, 26))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位：西坳县农业农村局")
    rule = "达到目标值得满分，未达到按比例扣分"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "考核指标",
                   "目标值（年度）", "评价标准"), [
        ("530826250001", "西坳县坡耕地集雨补灌水窖项目", "产出指标", "数量指标",
         "新建集雨水窖", "≥120口", rule),
        (None, None, None, None, "新建水窖容积", "≥3600立方米", rule),
        (None, None, None, None, "配套微灌面积", "≥1500亩", rule),
        (None, None, None, "质量指标", "工程验收合格率", "≥95%", rule),
        (None, None, None, "时效指标", "汛前蓄水准备完成时间", "2025年6月30日前", rule),
        (None, None, "成本指标", "经济成本指标", "每立方米容积造价", "≤450元/立方米", rule),
        (None, None, "效益指标", "经济效益指标", "补灌区亩均增收", "≥300元/亩", rule),
        (None, None, None, "生态效益指标", "减少坡面径流冲刷面积", "≥200亩", rule),
        (None, None, "满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", rule),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("bc08-second-sheet", (4, 7),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值 with a 注 row inside; a coverage rate given as acres, a completion date in "
         "the next year of a one-year project")  # fmt: skip
def bc08() -> Book:
    b, _ = project(
        sheet="项目信息", name="旱岗乡梯田集雨补灌项目", dept="峁梁县农业农村局（309）",
        unit="峁梁县旱岗乡农业综合服务中心", money=funds(64, 54, 10),
        goals=["在旱岗乡梯田新建集雨水窖80口，配套滴灌800亩，保障玉米、马铃薯关键期补水。"],
    )  # fmt: skip
    s = b.sheet("绩效指标")
    s.title("项目绩效指标", 4)
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "新建集雨水窖", "≥80口"),
        (None, None, "配套滴灌面积", "≥800亩"),
        (None, None, "补灌面积覆盖率",
         mk("800亩", "T105", "error", note="a 覆盖率 given as acres, not a %")),
        (None, "质量指标", "水窖蓄水检验合格率", "≥95%"),
        (None, "时效指标", "工程完工时间",
         mk("2026年3月31日前", "Y102", "error", note="next year in a one-year 2025 project")),
        (None, "成本指标", "每口水窖建设补助", "≤0.8万元/口"),
    ])  # fmt: skip
    notes(s, "注：以下效益指标按秋收后实测填报。", width=4)
    s.table([
        ("效益指标", "经济效益指标", "补灌地块亩均增产", "≥80公斤"),
        (None, "可持续影响指标", "水窖管护协议签订率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("bc09-footnotes-signature", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, 0起 on an "
         "incident count, footnotes explaining the total, 填表说明, signature and a fill date in "
         "the year before (correct)")  # fmt: skip
def bc09() -> Book:
    b, s = project(
        name="坳上村集雨补灌示范片项目", dept="岭背县农业农村局（415）",
        unit="岭背县坳上村股份经济合作社", money=funds(45, 38, 7),
        goals=["建成集雨补灌示范片300亩，新建水窖50口，示范旱作节水技术。"],
    )  # fmt: skip
    s.row(*ONE_HEAD)
    notes(s, "（请逐项填写三级指标，可自行增行）", width=4)
    s.table([
        ("产出指标", "数量指标", "新建补灌水窖", "≥50口"),
        (None, None, "建成集雨补灌示范片", "≥300亩"),
        (None, "质量指标", "水窖防渗验收合格率", "≥95%"),
        (None, "时效指标", "示范片建成时间", "2025年8月31日前"),
        (None, "成本指标", "每口水窖建设成本", "≤0.9万元/口"),
        ("效益指标", "经济效益指标", "示范片亩均节本增效", "≥260元"),
        (None, "社会效益指标", "水窖溺水安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注1：项目资金合计45万元＝财政衔接资金38万元＋村集体自筹7万元。",
          "注2：水窖建设成本含集雨场硬化及沉沙池。",
          "填表说明：指标值应写比较符、数值和计量单位。", width=4)  # fmt: skip
    signature(s, "龙春燕", "0873-6625179", day(YEAR - 1, 11, 8, CN_DATE))
    return b


@variant("bc10-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: the 时效指标 template row left empty, an indicator "
         "value whose name cell holds only a full-width space")  # fmt: skip
def bc10() -> Book:
    b, s = project(
        name="北岔县高台地集雨补灌项目", dept="北岔县农业农村局（126）",
        unit="北岔县高台乡人民政府", money=funds(52, 46, 6),
        goals=["新建集雨水窖65口，配套补灌管道，解决高台地720亩旱地关键期缺水。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "新建集雨水窖", "≥65口"),
        (None, None, mk("\u3000", "F110", "error", note="value without a name (full-width space)"),
         "≥720亩"),
        (None, "质量指标", "水窖验收合格率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "每口水窖建设成本", "≤0.8万元/口"),
        ("效益指标", "经济效益指标", "补灌旱地亩均增收", "≥250元/亩"),
        (None, "生态效益指标", "坡面水土流失治理面积", "≥120亩"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bc11-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator in words, bare "
         "numbers, a unit column: a 反向 loss rate with 大于等于, a 正向 yield with "
         "小于等于")  # fmt: skip
def bc11() -> Book:
    b, s = project(
        name="西坳县旱作区集雨补灌节水项目", dept="西坳县农业农村局（221）",
        unit="西坳县农业技术推广中心", money=funds(96, 80, 16),
        goals=["新建集雨水窖120口、配套膜下滴灌1200亩，旱年粮食增产60吨以上。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建集雨水窖", "正向", "大于等于", 120, "口"),
        (None, None, "配套膜下滴灌面积", "正向", "大于等于", 1200, "亩"),
        (None, "质量指标", "灌溉用水漏损率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="反向 rate with 大于等于"), 8, "%"),
        (None, "时效指标", "春播前补水完成率", "正向", "大于等于", 95, "%"),
        (None, "成本指标", "每口水窖建设成本", "反向", "小于等于", 0.8, "万元/口"),
        ("效益指标", "经济效益指标", "旱年补灌增产粮食", "正向",
         mk("小于等于", "T108", "warning", row=True, note="正向 yield with 小于等于"), 60, "吨"),
        (None, "社会效益指标", "旱灾减产损失下降率", "正向", "大于等于", 20, "%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("bc12-decorated-labels", (5,),
         "transfer-payment project, OLD-NAT, tier labels numbered with points, abbreviated, with "
         "* and ★ marks; tier points add to 90 with 预算执行率 scored apart (correct)")  # fmt: skip
def bc12() -> Book:
    b, s = project(
        name="峁梁县衔接资金集雨补灌项目", dept="峁梁县乡村振兴局（307）",
        unit="峁梁县崖畔乡人民政府", money=funds(88, 80, 8),
        goals=["为脱贫村新建集雨水窖100口、补灌旱地900亩，带动脱贫户增收。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("一、产出指标（50分）", "（一）数量", "★新建集雨水窖", "≥100口"),
        (None, None, "补灌旱地面积", "≥900亩"),
        (None, "（二）质量", "水窖验收合格率", "≥95%"),
        (None, "（三）时效", "项目完工时间", "2025年10月31日前"),
        (None, "（四）*成本指标", "每口水窖补助标准", "≤0.8万元/口"),
        ("二、效益指标（30分）", "1.经济效益", "★受益脱贫户户均增收", "≥800元"),
        (None, "2.可持续影响指标", "水窖使用年限", "≥15年"),
        ("三、满意度指标（10分）", "服务对象满意度", "★受益脱贫户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：预算执行率（10分）由财政部门另行评价，不列入本表。", width=4)
    return b
