"""School observation nights: multi-year programmes, headers, template rows (xy07–xy12)."""

from __future__ import annotations

from tests.variants.holdout431.common import (
    TIERS,
    YEAR,
    grid,
    head,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout431.registry import variant
from tests.variants.kit import Book, day, mk, pct

PERIOD_HEAD = (*TIERS, "中期指标值", "年度指标值")


@variant("xy07-nights-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns, counts smaller each year, rates and unit costs equal, 0起 on accidents "
         "(correct)")  # fmt: skip
def nights_three_years() -> Book:
    b, s = start()
    head(s, "中小学“天文观测夜”进校园三年行动", multi_year((270, 240, 30), (90, 80, 10)),
         [f"{YEAR}—{YEAR + 2}年累计走进360所中小学开展观测夜，培育校园天文社团60个。",
          f"{YEAR}年走进120所中小学开展观测夜，新培育校园天文社团20个。"],
         years=3, attr="新增项目")  # fmt: skip
    grid(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "开展校园观测夜场次", "≥360场", "≥120场"),
        (None, None, "新培育校园天文社团", "≥60个", "≥20个"),
        (None, "质量指标", "观测夜活动方案审核通过率", "≥95%", "≥95%"),
        (None, "时效指标", "观测夜开展后简报报送时限", "≤5个工作日", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单场观测夜组织成本", "≤0.6万元/场", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "参与观测的学生人次", "≥54000人次", "≥18000人次"),
        (None, None, "观测活动安全事故", "0起", "0起"),
        (None, "可持续影响指标", "校园天文社团持续活动率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参与师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韩序之", "祁望舒", "0571-86602459")
    return b


@variant("xy08-telescope-clubs-wrong", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: the 年度目标 copies the 中期目标, a yearly count above its period count, a "
         "cumulative count copied")  # fmt: skip
def telescope_clubs_wrong() -> Book:
    b, s = start()
    goal = "两年内为40所学校天文社团配发望远镜，开展夜观指导200场。"
    head(s, "校园天文社团望远镜配发及夜观指导", multi_year((110, 110, 0), (60, 60, 0)),
         [goal, mk(goal, "D204", "warning", note="年度目标 copies the two-year 中期目标")],
         years=2)  # fmt: skip
    grid(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "配发望远镜的学校", "≥40所", "≥20所"),
        (None, None, "夜观指导场次", "≥200场", mk("≥240场", "D201", "error",
         note="240 in one year exceeds 200 over two years")),
        (None, None, "培训社团指导教师", "≥80人", mk("≥80人", "D202", "warning",
         note="a cumulative count copied from the two-year column")),
        (None, "质量指标", "配发望远镜验收合格率", "100%", "100%"),
        (None, "时效指标", "望远镜配发完成时间", f"{YEAR + 1}年6月30日前", f"{YEAR}年9月30日前"),
        ("成本指标", "经济成本指标", "单所学校望远镜配置费用", "≤2万元/所", "≤2万元/所"),
        ("效益指标", "社会效益指标", "社团学生参与夜观人次", "≥16000人次", "≥7000人次"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xy09-night-notes", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准, an "
         "instruction row inside the table, 注 and 填表说明 below, signature and date lines "
         "(correct)")  # fmt: skip
def night_notes() -> Book:
    b, s = start()
    head(s, "暑期“星夜营”青少年观测营", one_year(38, 30, 8),
         ["暑期举办星夜营6期，每期营员50人，完成深空天体观测与记录。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准")
    s.row("（以下各项指标均须量化；定性指标按“好/较好/一般”分级填写）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "举办星夜营期数", "≥6期"),
        (None, None, "营员人数", "≥300人"),
        (None, "质量指标", "营员观测记录完成率", "≥90%"),
        (None, "时效指标", "末期营结营时间", "8月25日前"),
        (None, "成本指标", "人均营员成本", "≤0.1万元/人"),
        ("效益指标", "社会效益指标", "营员天文知识测评优良率", "≥80%"),
        (None, "可持续影响指标", "营员加入校园天文社团比例", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "营员及家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：营员费用由财政拨款及社会捐赠共同承担，其他资金8万元为星澜市天文学会捐赠。",
          "填表说明：1.绩效标准应与年度绩效目标对应；2.成本指标以万元计。", width=4)  # fmt: skip
    sign(s, "韩序之", "祁望舒", "0571-86602459", day(YEAR - 1, 12, 3))
    return b


@variant("xy10-night-manual-second-sheet", (7, 9), "project: head on the first sheet, the "
         "indicator table on a second sheet under 预期实现值 with a unit column; a date stored as "
         "a serial in a text cell, a value unit against the unit column")  # fmt: skip
def night_manual_second_sheet() -> Book:
    b, s = start("项目信息")
    head(s, "《校园观星手册》编印及配套观测夜", one_year(24, 24, 0),
         ["编印观星手册1.2万册发放至全市中小学，配套开展示范观测夜12场。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 16, 10))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row(*TIERS, "预期实现值", "计量单位")
    t.table([
        ("产出指标", "数量指标", "印制观星手册", "≥12000", "册"),
        (None, None, "示范观测夜场次", mk("≥12场", "T112", "error",
         note="场 in the value against 人次 in the unit column"), "人次"),
        (None, "质量指标", "手册内容专家审定通过率", "≥95", "%"),
        (None, "时效指标", "手册印发完成时间", mk("46203", "X104", "warning",
         note="a date serial (2026-06-30) stored as text"), None),
        (None, "成本指标", "单册印制成本", "≤12", "元/册"),
        ("效益指标", "社会效益指标", "手册覆盖中小学", "≥300", "所"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("xy11-night-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template without indicator, a value without its indicator "
         "name")  # fmt: skip
def night_template_rows() -> Book:
    b, s = start()
    head(s, "天文馆夜间开放观测日", one_year(30, 30, 0),
         ["每月第二个周六夜间开放观测平台，全年12次，接待公众观测6000人次。"])  # fmt: skip
    grid(s, (*TIERS, "预期目标"), [
        ("产出指标", "数量指标", "夜间开放观测次数", "≥12次"),
        (None, None, "接待观测公众", "≥6000人次"),
        (None, "质量指标", mk("", "F110", "error", note="a value with no indicator name"),
         "≥95%"),
        (None, "时效指标", "开放日信息提前发布", "≥3天"),
        ("成本指标", "经济成本指标", "单次开放日运行成本", "≤2万元/次"),
        ("效益指标", "社会效益指标", "首次参与观测的公众占比", "≥50%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
         note="a template tier-2 left without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "观测公众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xy12-night-direction-column", (11,), "project, OLD-NAT, 指标性质 as direction "
         "(正向/反向) and 指标方向 as operator, bare numbers with a unit column; a 下降率 with ≥ "
         "and 0起 on accidents (correct)")  # fmt: skip
def night_direction_column() -> Book:
    b, s = start(widths=(14, 16, 30, 10, 10, 10, 10))
    head(s, "乡村学校“暗夜星空”观测季", one_year(52, 45, 7),
         ["在8个暗夜保护乡镇的学校开展观测季活动40场，减少活动期间灯光干扰。"])  # fmt: skip
    grid(s, (*TIERS, "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "乡村学校观测活动场次", "正向", "≥", 40, "场"),
        (None, None, "覆盖暗夜保护乡镇", "正向", "≥", 8, "个"),
        (None, "质量指标", "观测设备完好率", "正向", "≥", 95, "%"),
        (None, "时效指标", "设备故障修复时限", "反向", "≤", 48, "小时"),
        (None, "成本指标", "单场活动交通及设备运输费", "反向", "≤", 0.9, "万元/场"),
        ("效益指标", "社会效益指标", "活动期间周边灯光投诉下降率", "正向", "≥", 10, "%"),
        (None, None, "师生夜间出行安全事故", "反向", "≤", 0, "起"),
        (None, "可持续影响指标", "建立乡村学校观测点", "正向", "≥", 8, "个"),
        ("满意度指标", "服务对象满意度指标", "乡村师生满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
