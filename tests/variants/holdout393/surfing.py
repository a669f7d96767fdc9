"""冲浪 returns: points at two levels (wm07, wm08), 中期 and 年度 (wm09, wm10), a second-sheet
table (wm11), template rows left empty (wm12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout393.common import (
    YEAR,
    annual_money,
    indicators,
    period_money,
    signature,
    start,
)
from tests.variants.holdout393.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "碧汐市体育局"
UNIT = "碧汐市蓝岬冲浪运动学校"


@variant("wm07-surf-points", (5, 10), "project, NAT-2021, numbered labels with points "
         "(一、产出指标（50分）, （一）数量指标) and an indicator score column, a rate change in "
         "百分点, =100% at the ceiling (correct)")  # fmt: skip
def surf_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="青少年冲浪公益培训", dept=DEPT, unit=UNIT,
                 money=annual_money(40, 35, 5),
                 goals=["为400名青少年提供冲浪公益培训，开展安全救援演练。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "青少年冲浪公益培训人数", "≥400人", 15),
        (None, None, "冲浪安全救援演练次数", "≥6次", 10),
        (None, "（二）质量指标", "救生员持证上岗率", "=100%", 10),
        (None, None, "培训结业率较上年提高", "≥3百分点", 5),
        (None, "（三）时效指标", "暑期培训完成时间", f"{YEAR}年9月15日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "人均培训成本", "≤600元/人", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "冲浪运动参与人次", "≥8000人次", 10),
        (None, None, "培训海域溺水死亡事故", "=0起", 10),
        (None, "（二）可持续影响指标", "常态化运营冲浪俱乐部", "≥5家", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参训学员满意度", "≥92%", 10),
    ])  # fmt: skip
    signature(s, "阮屿成", "芮浅滩", "0577-6920 1185")
    return b


@variant("wm08-surf-points-wrong", (10, 5), "project, NAT-2021, tier-1 score column beside "
         "the indicator scores: two tiers whose scores do not add up, 时效指标 under "
         "效益指标")  # fmt: skip
def surf_points_wrong() -> Book:
    b, s = start(widths=(14, 8, 16, 28, 16, 8))
    project_head(
        s,
        year=YEAR,
        name="冲浪赛事及救援体系建设",
        dept=DEPT,
        unit=UNIT,
        money=annual_money(85, 70, 15),
        goals=["举办冲浪公开赛3站，建成浪区救援点4个。"],
    )
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note="indicator scores under it add to 45"),
         "数量指标", "冲浪公开赛举办站数", "≥3站", 15),
        (None, None, None, "浪区救援点建设数量", "≥4个", 10),
        (None, None, "质量指标", "救援点建设验收合格率", "≥95%", 10),
        (None, None, "时效指标", "救援点建成时间", f"{YEAR}年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "单站赛事组织成本", "≤15万元/站", 10),
        ("效益指标", mk(30, "W103", "error", note="indicator scores under it add to 35"),
         "社会效益指标", "赛事观赛人次", "≥20000人次", 15),
        (None, None, None, "浪区救援成功率", "≥95%", 10),
        (None, None, mk("时效指标", "F105", "error", note="时效 is a tier-2 of 产出指标"),
         "浪区救援到达时间", "≤10分钟", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参赛选手满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("wm09-surf-base-three-years", (8,), "three-year project, OLD-NAT, 中期 and 年度 value "
         "columns, annual counts below period counts, rates and unit costs equal "
         "(correct)")  # fmt: skip
def surf_base() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="蓝岬湾冲浪训练基地建设", dept=DEPT, unit=UNIT, years=3,
                 attr="新增项目", money=period_money((150, 120, 30), (50, 40, 10)),
                 goals=["三年建成冲浪训练基地3个，培养冲浪教练60人。",
                        f"{YEAR}年建成基地1个，培养教练20人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "冲浪训练基地建成数量", "≥3个", "≥1个"),
        (None, None, "冲浪教练培养人数", "≥60人", "≥20人"),
        (None, "质量指标", "基地建设验收合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "基地建设完成时间", f"{YEAR + 2}年12月31日前",
         f"{YEAR}年12月31日前"),
        (None, "成本指标", "单个基地建设成本", "≤45万元/个", "≤45万元/个"),
        ("效益指标", "经济效益指标", "冲浪旅游接待人次", "≥15万人次", "≥4万人次"),
        (None, "可持续影响指标", "基地设计使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "冲浪游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "阮屿成", "柏汐言", "0577-6920 1192")
    return b


@variant("wm10-surf-lessons-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: two cumulative counts copied to 年度, one annual count above its "
         "period")  # fmt: skip
def surf_lessons_copied() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="冲浪进校园三年行动", dept="鲸屿区教育体育局",
                 unit="鲸屿区青少年活动中心", years=3, money=period_money((90, 90, 0), (30, 30, 0)),
                 goals=["三年覆盖沿海中小学15所，培训学生1500人。",
                        f"{YEAR}年覆盖学校5所，培训学生500人。"])  # fmt: skip
    copied = "cumulative count copied from 中期 in a three-year project"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "覆盖中小学数量", "≥15所",
         mk("≥15所", "D202", "warning", note=copied)),
        (None, None, "培训学生人数", "≥1500人", mk("≥1500人", "D202", "warning", note=copied)),
        (None, None, "冲浪体验课开课节数", "≥300节",
         mk("≥360节", "D201", "error", note="annual 360 above the three-year 300")),
        (None, "质量指标", "学生游泳达标率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "生均培训成本", "≤600元/人", "≤600元/人"),
        ("效益指标", "社会效益指标", "学生水上安全知识知晓率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wm11-surf-second-sheet", (7,), "project: head on 项目信息, the indicator table on a "
         "second sheet under 考核指标 · 预期实现值 · 评价标准 (correct)")  # fmt: skip
def surf_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="冲浪装备租赁服务点建设", dept="望澜县文化和旅游局",
                 unit="望澜县浪湾旅游服务公司", money=annual_money(36, 30, 6),
                 goals=["在浪湾海滩建设冲浪装备租赁服务点8处。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 16, 30))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准"), [
        ("产出指标", "数量指标", "租赁服务点建设数量", "≥8处", "完成得满分，未完成按比例扣分"),
        (None, "质量指标", "租赁装备安全检测合格率", "100%", "全部合格得满分"),
        (None, "时效指标", "服务点投入使用时间", f"{YEAR}年5月31日前", "按时完成得满分"),
        (None, "成本指标", "单个服务点建设成本", "≤4万元/处", "不超出得满分"),
        ("效益指标", "经济效益指标", "装备租赁服务人次", "≥15000人次", "完成得满分"),
        ("满意度指标", "服务对象满意度指标", "租赁游客满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("wm12-surf-template-left", (6, 13), "project, OLD-NAT, header 预期目标: a tier-2 label "
         "left from the template without indicator, a value without a name")  # fmt: skip
def surf_template_left() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="海滩冲浪救生瞭望服务", dept="碧汐市应急管理局",
                 unit="碧汐市海上救援支队", money=annual_money(52, 52, 0),
                 goals=["汛期在3处冲浪海滩设救生瞭望，开展巡护。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "救生瞭望海滩数量", "≥3处"),
        (None, None, mk(None, "F110", "error", note="value without an indicator name"),
         "≥900人次"),
        (None, "质量指标", "救生员持证上岗率", "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2, no indicator"),
         None, None),
        (None, "成本指标", "单处海滩年度救生成本", "≤15万元/处"),
        ("效益指标", "社会效益指标", "冲浪海滩溺亡事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "冲浪游客满意度", "≥90%"),
    ])  # fmt: skip
    s.row("填报日期：", day(YEAR - 1, 12, 2))
    return b
