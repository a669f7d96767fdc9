"""Seal-carving public classes (篆刻公益课堂): returns ww01 to ww06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout403.common import book, funds, header, indicators, note, signature
from tests.variants.holdout403.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "栖梧县文化广电和旅游局（317）"
UNIT = "栖梧县文化馆"


@variant("ww01-seal-percent", (1, 7),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format, header 绩效目标值 (correct)")  # fmt: skip
def ww01() -> Book:
    b, s = book()
    project_head(s, year=2026, name="金石篆刻公益课堂", dept=DEPT, unit=UNIT,
                 money=funds(12.6, 10.6, 2.0),
                 goals=["全年开设篆刻公益课堂4期，每期16课时，培训学员160人次，"
                        "举办结业印展1场。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "绩效目标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "篆刻公益课堂开班期数", "=", 4, "期"),
        (None, None, "培训学员人次", "≥", 160, "人次"),
        (None, None, "结业印展场次", "≥", 1, "场"),
        (None, "质量指标", "学员结业率", "≥", pct(0.9), None),
        (None, None, "结业作品合格率", "≥", pct(0.95), None),
        (None, "时效指标", "课堂按计划开课率", "=", pct(1), None),
        (None, "成本指标", "印石及刻刀耗材成本", "≤", 45, "元/人次"),
        (None, None, "授课教师课酬标准", "≤", 600, "元/课时"),
        ("效益指标", "社会效益指标", "学员独立完成印章作品数", "≥", 120, "方"),
        (None, "可持续影响指标", "篆刻课堂常态化开设年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.92), None),
    ])  # fmt: skip
    signature(s, "沈砚秋", "0736-5128803")
    return b


@variant("ww02-seal-rate-wrong", (1, 11),
         "project, OLD-NAT, operator column and typed percents: a completion rate above 100 % "
         "and a 反向 dropout rate with ≥")  # fmt: skip
def ww02() -> Book:
    b, s = book()
    project_head(s, year=2026, name="篆刻进社区公益课堂", dept=DEPT, unit="栖梧县文化馆西津分馆",
                 money=funds(8.8, 8.8, 0),
                 goals=["在6个社区开设篆刻体验课48课时，服务居民300人次。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "开课社区数", "≥", 6, "个"),
        (None, None, "体验课课时", "≥", 48, "课时"),
        (None, None, "服务居民人次", "≥", 300, "人次"),
        (None, "质量指标", "体验课完成率", "≥",
         mk(pct(1.05), "T106", "error", note="完成率以 100% 为上限，≥105% 不可能")),
        (None, "时效指标", "课程按季度开课及时率", "≥", pct(0.95), None),
        (None, "成本指标", "体验课耗材成本", "≤", 80, "元/人次"),
        ("效益指标", "社会效益指标", "课堂学员流失率",
         mk("≥", "T108", "warning", row=True, note="流失率是反向指标，应为 ≤"), pct(0.08), None),
        (None, "可持续影响指标", "社区篆刻兴趣小组组建数", "≥", 2, "个"),
        ("满意度指标", "服务对象满意度指标", "参课居民满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    signature(s, "葛临川", "0736-5128817")
    return b


@variant("ww03-seal-stacked", (2,),
         "two seal-carving projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values (correct)")  # fmt: skip
def ww03() -> Book:
    b, s = book()
    for i, (name, total, fiscal, other, n, sat) in enumerate([
            ("篆刻进校园公益课堂", 9.6, 9.6, 0, "≥12期", "≥90%"),
            ("老年篆刻研习公益课堂", 6.4, 5.4, 1.0, "≥8期", "≥92%")]):  # fmt: skip
        project_head(s, year=2026, name=name, dept=DEPT, unit=UNIT,
                     money=funds(total, fiscal, other),
                     goals=[f"开设{name}{n[1:]}，结业学员作品集中展示。"],
                     title=None if i == 0 else "")  # fmt: skip
        header(s, "一级指标", "二级指标", "三级指标", "指标值")
        indicators(s, [
            ("产出指标", "数量指标", "开班期数", n),
            (None, "质量指标", "学员结业率", "≥85%"),
            (None, "时效指标", "年度课程完成时间", "12月31日前"),
            (None, "成本指标", "每期课堂成本", "≤0.8万元"),
            ("效益指标", "社会效益指标", "学员作品展示件数", "≥60件"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", sat),
        ])  # fmt: skip
        s.skip()
    return b


@variant("ww04-seal-flat-wrong", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): "
         "weights add to 90, a rate given as a count, a value whose unit conflicts")  # fmt: skip
def ww04() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="澄砚区文化馆",
                    budget=[(148.6, 136.6, 12.0, 102.4, 46.2)],
                    goal="办好篆刻、国画公益课堂和群众文化活动，"
                         "全年服务群众不少于2万人次。")  # fmt: skip
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("篆刻公益课堂开班期数", 15, "期", "≥", 10),
        ("公益课堂授课课时", 15, "课时", "≥",
         mk("24场", "T112", "error", row=True, note="值写“场”，计量单位列是“课时”")),
        ("篆刻作品展评入选率", 10, "件", "≥",
         mk(30, "T105", "error", row=True, note="入选率是比率，却给了件数")),
        ("课堂按时开课率", 10, "%", "≥", 95),
        ("学员人均耗材成本", 10, "元/人", "≤", 120),
        ("群众文化活动参与人次", 20, "人次", "≥", 20000),
        ("学员满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+15+10+10+10+20+10 = 90，应为 100")
    signature(s, "庞墨池", "0739-6620145")
    return b


@variant("ww05-seal-tier-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, 1.数量指标) "
         "and an indicator points column, 100 both ways, an incident count of 0起 "
         "(correct)")  # fmt: skip
def ww05() -> Book:
    b, s = book()
    project_head(s, year=2026, name="少儿篆刻启蒙公益课堂", dept=DEPT, unit=UNIT,
                 money=funds(8.4, 8.4, 0),
                 goals=["暑期开设少儿篆刻启蒙课堂6期，培训少儿120人，"
                        "完成作品展示1次。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("一、产出指标（40分）", "1.数量指标", "启蒙课堂开班期数", "≥6期", 10),
        (None, None, "培训少儿人数", "≥120人", 10),
        (None, "2.质量指标", "教学场地安全责任事故", "0起", 10),
        (None, "3.时效指标", "暑期课程完成时间", "8月31日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "少儿生均培训成本", "≤300元/人", 10),
        (None, None, "印石耗材采购成本", "≤1.2万元", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "少儿独立完成印章作品数", "≥100方", 15),
        (None, "2.可持续影响指标", "启蒙课堂教案形成套数", "≥1套", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "家长满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    signature(s, "沈砚秋", "0736-5128803")
    return b


@variant("ww06-seal-template-empty", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
         "indicators, a value without a name")  # fmt: skip
def ww06() -> Book:
    b, s = book()
    project_head(s, year=2026, name="篆刻艺术普及公益讲座", dept=DEPT, unit=UNIT,
                 money=funds(5.0, 5.0, 0),
                 goals=["举办篆刻艺术普及讲座10场，配套现场刻印体验2场。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, [
        ("产出指标", "数量指标", "普及讲座场次", "≥10场"),
        (None, None, mk(None, "F110", "error", note="有值“≥2场”却没有指标名称"), "≥2场"),
        (None, "质量指标", "讲座听众到场率", "≥85%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "单场讲座成本", "≤4000元/场"),
        ("效益指标", "社会效益指标", "听众参与刻印体验人次", "≥80人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "听众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：讲座由县书法家协会会员义务授课，单场成本含场地布置及资料印制。", 4)
    return b
