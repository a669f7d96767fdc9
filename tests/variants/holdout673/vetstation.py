"""A veterinary station serving mules and donkeys in the hills (hg13–hg18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout673.common import indicators, notes, one_year, start, w
from tests.variants.holdout673.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "岩背县高坪乡兽医站"
PROJ_DEPT = "岩背县农业农村局 417"
H_ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TASKS = [("骡驴强制免疫", "春秋两季集中免疫", w(70), "免疫3.6万头次"),
         ("疫病监测", "鼻疽、马传贫采样检测", w(35), "检测4800份"),
         ("山区巡诊", "进村巡诊与诊疗", w(40), "巡诊48个村")]  # fmt: skip


@variant("hg13-vet-station-department", (11, 12),
         "department, NAT-2021: budget and key tasks adding up, a 0起 outbreak count, "
         "反向 rates with ≤, unit costs within their task money (correct)")  # fmt: skip
def hg13() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=DEPT,
                    budget=[(w(460), w(430), w(30), w(290), w(170))],
                    tasks=[*TASKS, ("防疫员培训", "村级防疫员轮训", w(25), "培训120人次"),
                           ("金额合计", None, w(170), None)],
                    goal="全年免疫骡驴3.6万头次，采样检测4800份，巡诊山区村48个，培训村级"
                         "防疫员120人次，不发生重大动物疫情。")  # fmt: skip
    indicators(s, H_ONE, [
        ("产出指标", "数量指标", "骡驴免疫头次", "≥3.6万头次"),
        (None, None, "疫病监测采样份数", "≥4800份"),
        (None, None, "巡诊山区村个数", "≥48个"),
        (None, None, "培训村级防疫员人次", "≥120人次"),
        (None, "质量指标", "免疫抗体合格率", "≥80%"),
        (None, "时效指标", "疫情报告时限", "≤24小时"),
        ("成本指标", "经济成本指标", "每头次免疫成本", "≤15元/头次"),
        (None, None, "每份样品检测费", "≤60元/份"),
        ("效益指标", "社会效益指标", "重大动物疫情发生起数", "=0起"),
        (None, None, "免疫后不良反应发生率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hg14-vet-station-tasks-wrong", (12,),
         "department, NAT-2021: key tasks short of their 金额合计, a trainee count other than "
         "the goal's")  # fmt: skip
def hg14() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="岩背县龙潭乡兽医站",
                    budget=[(w(380), w(350), w(30), w(230), w(150))],
                    tasks=[("骡驴强制免疫", "春秋两季集中免疫", w(60), "免疫2.8万头次"),
                           ("疫病监测", "鼻疽、马传贫采样检测", w(30), "检测3500份"),
                           ("山区巡诊", "进村巡诊与诊疗", w(32), "巡诊36个村"),
                           ("防疫员培训", "村级防疫员轮训", w(18), "培训90人"),
                           ("金额合计", None, w(mk(150, "B102", "error", alt=("B101",),
                                                   note="60 + 30 + 32 + 18 = 140 ≠ 150")),
                            None)],
                    goal="全年免疫骡驴2.8万头次，采样检测3500份，巡诊山区村36个，培训村级"
                         "防疫员90人。")  # fmt: skip
    indicators(s, H_ONE, [
        ("产出指标", "数量指标", "骡驴免疫头次", "≥2.8万头次"),
        (None, None, "疫病监测采样份数", "≥3500份"),
        (None, None, "巡诊山区村个数", "≥36个"),
        (None, None, mk("培训村级防疫员人数", "D104", "warning", row=True,
                        note="年度总体目标和任务都写90人"), "≥120人"),
        (None, "质量指标", "免疫抗体合格率", "≥80%"),
        (None, "时效指标", "疫情报告时限", "≤24小时"),
        ("成本指标", "经济成本指标", "每头次免疫成本", "≤20元/头次"),
        ("效益指标", "社会效益指标", "骡驴疫病死亡率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hg15-vet-operator-words", (11,),
         "project, OLD-NAT, operator column in words and a unit column: a 发生率 with 大于等于, "
         "one rate under 质量 and again under 时效, a deadline in the next year")  # fmt: skip
def hg15() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="骡驴疫苗冷链配送",
        dept=PROJ_DEPT,
        unit=DEPT,
        money=one_year(22, 22, 0),
        goals=["为全乡9个村配置疫苗冷藏箱，当年完成春秋两季冷链配送。"],
    )
    h = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, h, [
        ("产出指标", "数量指标", "配置疫苗冷藏箱村数", "大于等于", 9, "个"),
        (None, "质量指标", "疫苗冷链温度达标率", "大于等于", pct(0.98), "%"),
        (None, None, "免疫后不良反应发生率",
         mk("大于等于", "T108", "warning", row=True, note="发生率是反向指标"), pct(0.005, "0.0%"),
         "%"),
        (None, "时效指标", mk("疫苗冷链温度达标率", "D101", "warning", row=True,
                              alt=("D103",), note="质量指标下已有同一指标"),
         "大于等于", ok(pct(0.98), "warning", note="名称也不属于时效，F201 可接受"), "%"),
        (None, None, "冷链配送全部完成时间", "小于等于",
         mk(day(2027, 3, 31), "Y102", "error", row=True, note="一年期项目（2026年）"), None),
        (None, "成本指标", "每村冷链配送成本", "小于等于", 2.4, "万元/村"),
        ("效益指标", "社会效益指标", "疫苗失效损失减少率", "大于等于", pct(0.5), "%"),
        ("满意度指标", "服务对象满意度指标", "村级防疫员满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("hg16-vet-page-break", (4, 7),
         "department, NAT-2021, headers 考核指标 and 目标值（年度） with a weight column; the "
         "header repeated after a page break, tier subtotal rows, 填表说明 (correct)")  # fmt: skip
def hg16() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="岩背县动物疫病预防控制中心",
        budget=[(w(520), w(500), w(20), w(360), w(160))],
        goal="完成全县骡驴免疫、监测与检疫，培训乡村兽医，保障驮运畜群健康。",
    )
    h = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "权重")
    indicators(s, h, [
        ("产出指标", "数量指标", "骡驴产地检疫头数", "≥1.2万头", 15),
        (None, None, "培训乡村兽医人数", "≥60人", 10),
        (None, "质量指标", "检疫出证规范率", "=100%", 10),
        (None, "时效指标", "检疫申报受理时限", "≤24小时", 10),
        ("产出指标小计", None, None, None, 45),
        ("成本指标", "经济成本指标", "每头检疫成本", "≤8元/头", 10),
    ])  # fmt: skip
    notes(s, "（续表）", width=5)
    indicators(s, h, [
        ("效益指标", "社会效益指标", "骡驴疫病死亡率", "≤1%", 15),
        (None, "可持续影响指标", "乡村兽医持证上岗率", "≥90%", 10),
        ("效益指标小计", None, None, None, 25),
        ("满意度指标", "服务对象满意度指标", "驮运户满意度", "≥90%", 20),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "填表说明：权重合计100；小计行不计入指标。", width=5)
    return b


@variant("hg17-vet-empty-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
         "indicator, a value without a name, a trainee count other than the goal's")  # fmt: skip
def hg17() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="乡村兽医骡驴诊疗技能培训",
        dept=PROJ_DEPT,
        unit=DEPT,
        money=one_year(12, 12, 0),
        goals=["举办骡驴诊疗培训班3期，培训村级防疫员45人，考核合格率90%以上。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "举办培训班期数", "≥3期"),
        (None, None, mk("培训村级防疫员人数", "D104", "warning", row=True,
                        note="年度目标写45人"), "≥54人"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有值无名"), "≥95%"),
        (None, "时效指标", "培训完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "每人培训成本", "≤2000元/人"),
        ("效益指标", "社会效益指标", "受训防疫员持证率", "≥80%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None,
         None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hg18-vet-points-labels", (5, 10),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（50分）, （一）数量, "
         "★, *), an indicator score column: both levels add to 100 (correct)")  # fmt: skip
def hg18() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="山区骡驴流动诊疗车运行",
        dept=PROJ_DEPT,
        unit=DEPT,
        money=one_year(18, 15, 3),
        goals=["流动诊疗车进村巡诊120车次，诊疗骡驴1500头次，急诊到场不超过4小时。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "★巡诊车次", "≥120车次", 15),
        (None, None, "诊疗骡驴头次", "≥1500头次", 15),
        (None, "（二）质量指标", "诊疗病例记录完整率", "≥95%", 10),
        (None, "*（三）时效指标", "急诊到场时间", "≤4小时", 10),
        ("二、成本指标（10分）", "经济成本", "每车次运行成本", "≤1200元/车次", 10),
        ("三、效益指标（30分）", "社会效益", "骡驴病死率下降", "≥2百分点", 15),
        (None, "可持续影响", "诊疗车服务覆盖村数", "≥40个", 15),
        ("四、满意度指标（10分）", "服务对象满意度", "养殖户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b
