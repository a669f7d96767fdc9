"""Bird-safety monitoring (鸟类安全监测) returns of the 448th held-out set: yp07 to yp12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout448.common import YEAR, first, indicators, notes, one_year, sign
from tests.variants.holdout448.registry import variant
from tests.variants.kit import WAN, Book, mk, money

H_ONE = ("一级指标", "二级指标", "三级指标", "指标值")
H_PTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")

YP07 = [
    ("产出指标", 40, "数量指标", "雷达监测覆盖风机", "≥64台", 10),
    (None, None, None, "迁徙季人工样线巡查次数", "≥120次", 10),
    (None, None, "质量指标", "鸟撞尸体搜寻样方覆盖率", "≥90%", 10),
    (None, None, "时效指标", "迁徙高峰期停机指令下达时限", "≤30分钟", 10),
    ("成本指标", 20, "经济成本指标", "单台风机年度监测成本", "≤2.5万元/台", 10),
    (None, None, "生态环境成本指标", "监测作业扰动鸟类栖息地面积", "≤2亩", 10),
    ("效益指标", 30, "生态效益指标", "珍稀鸟类撞击死亡事件", "0起", 10),
    (None, None, None, "迁徙期停机响应及时率较上年提高", "≥5百分点", 10),
    (None, None, "可持续影响指标", "鸟类监测数据库持续更新年限", "≥3年", 10),
    ("满意度指标", 10, "服务对象满意度指标", "属地林业部门满意度", "≥90%", 10),
]  # fmt: skip


@variant("yp07-birds-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a rate raised in 百分点, 0起 on an incident count (correct)")  # fmt: skip
def yp07() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="鹭屿县风电场候鸟迁徙通道鸟类安全监测",
                 dept="鹭屿县林业局（413035）", unit="鹭屿县野生动植物保护站",
                 money=one_year(180, 165, 15),
                 goals=["监测64台风机周边鸟类，迁徙高峰期及时停机，防范鸟类撞击。"])  # fmt: skip
    indicators(s, H_PTS, YP07, merged=(1, 2, 3))
    sign(s, "葛书砚", "0739-5528640")
    return b


YP08 = [
    ("产出指标", 40, "数量指标", "布设鸟类红外相机", "≥40台", 10),
    (None, None, None, "编制鸟类监测季报", "≥4期", 10),
    (None, None, "质量指标", "监测数据有效率", "≥95%", 10),
    (None, None, "时效指标", "鸟撞事件上报时限", "≤24小时", 10),
    ("成本指标", 20, "经济成本指标", "单台红外相机采购成本", "≤0.8万元/台", 10),
    (None, None, "社会成本指标", "监测作业安全事故", "0起", 10),
    ("效益指标", mk(30, "W103", "error", note="其下指标分值 10 + 10 + 5 = 25，不是 30"),
     "生态效益指标", "重点保护鸟类种群数量", "保持稳定", 10),
    (None, None, None, "风机叶片鸟撞发生率",
     mk("≥3%", "T108", "warning", row=True, note="发生率是反向指标，应为 ≤3%"), 10),
    (None, None, "可持续影响指标", "监测成果纳入风电场运行规程", "是", 5),
    ("满意度指标", 10, "服务对象满意度指标", "周边村民满意度", "≥90%", 10),
]  # fmt: skip


@variant("yp08-birds-points-mismatch", (10, 11),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: one "
         "tier's indicators fall short, and a 反向 发生率 carries ≥")  # fmt: skip
def yp08() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="蒿坪风电场鸟类保护红外监测",
                 dept="岑潮市林业局（602031）", unit="岑潮市蒿坪自然保护小区管理站",
                 money=one_year(96, 80, 16),
                 goals=["布设40台红外相机监测风机周边鸟类活动，降低叶片鸟撞。"])  # fmt: skip
    indicators(s, H_PTS, YP08, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False,
                note="指标分值合计 95，不是 100：由效益指标的缺口引起，可容忍")  # fmt: skip
    sign(s, "祁晓岚", "0736-8814288")
    return b


YP09 = [
    ("一、产出指标（50分）", "（一）数量指标", "1.★迁徙通道雷达监测站点", "≥3个"),
    (None, None, "2.迁徙季监测天数", "≥150天"),
    (None, "（二）质量指标", "3.★鸟类物种识别准确率", "≥90%"),
    (None, "（三）时效指标", "4.监测月报报送时限", "每月10日前"),
    (None, "（四）成本指标", "5.单个监测站点年运行成本", "≤18万元/个"),
    ("二、效益指标（30分）", "（一）生态效益", "6.风电场鸟类撞击死亡数量下降率", "≥15%"),
    (None, None, "7.★重点保护鸟类撞击死亡事件", "0起"),
    (None, "（二）可持续影响", "8.监测站点持续运行年限", "≥5年"),
    ("三、*满意度指标（10分）", "*服务对象满意度", "9.属地保护区管理机构满意度", "≥90%"),
]  # fmt: skip


@variant("yp09-birds-decorated-labels", (4, 5),
         "project, OLD-NAT, tier labels numbered with points (一、产出指标（50分）, （一）, 1.), "
         "marks (*, ★) and abbreviated tier-2s, 预算执行率 scored apart in a note "
         "(correct)")  # fmt: skip
def yp09() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="岑潮市风电场迁徙鸟类雷达监测（转移支付）",
                 dept="岑潮市林业局（602031）", unit="岑潮市鸟类环志与监测中心",
                 money=one_year(75, 60, 15),
                 goals=["建成3个迁徙通道雷达监测站点，全年监测不少于150天。"])  # fmt: skip
    indicators(s, H_ONE, YP09)
    notes(s, "注：1.★为核心指标，不得删除；2.预算执行率（10分）另行评价，不列入本表，"
             "表内一级指标合计90分。", width=4)  # fmt: skip
    sign(s, "邬振川", "0736-8839512")
    return b


YP10 = [
    ("一、产出指标", "1.数量指标", "风机周边鸟类巡护样线", "≥18条"),
    (None, None, "巡护人次", "≥720人次"),
    (None, "2.质量指标", "巡护记录完整率", "≥95%"),
    (None, mk("3.生态效益指标", "F105", "error", note="生态效益指标属于效益指标，不在产出之下"),
     "风机周边鸟类栖息地保持面积", "≥1200亩"),
    (None, "4.时效指标", "鸟撞事件现场核查时限", "≤48小时"),
    ("二、成本指标", "1.经济成本指标", "巡护人员劳务单价", "≤180元/人次"),
    ("三、效益指标", "1.社会效益指标", "鸟类保护宣传覆盖村组", "≥26个"),
    (None, "2.可持续影响指标",
     mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥3年"),
    ("四、满意度指标", "1.服务对象满意度指标", "沿线村民满意度", "≥90%"),
]  # fmt: skip


@variant("yp10-birds-wrong-parent", (5, 13),
         "project, NAT-2021, numbered tier labels: a 效益 tier-2 under 产出指标 and a value "
         "whose indicator name is empty")  # fmt: skip
def yp10() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="苇塘乡风电场鸟类巡护", dept="鹭屿县林业局（413035）",
                 unit="鹭屿县苇塘乡林业站", money=one_year(40, 40, 0),
                 goals=["设18条巡护样线，全年巡护不少于720人次，及时核查鸟撞事件。"])  # fmt: skip
    indicators(s, H_ONE, YP10)
    sign(s, "窦明溪", "0739-5540318")
    return b


YP11 = [
    ("产出指标", "数量指标", "鸟类碰撞监测样方", "≥32个"),
    (None, "质量指标", "搜寻效率校正试验完成率", "100%"),
    (None, "时效指标", "监测年报提交时间",
     mk("100%", "T113", "warning", note="提交时间是期限类指标，却写成百分比")),
    ("成本指标", "经济成本指标", "单个样方年度监测成本", "≤1.2万元/个"),
    (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
    ("效益指标", mk("经济效益指标", "F109", "warning", row=True, note="模板行未填写"),
     None, None),
    (None, "生态效益指标", "识别鸟撞高风险机组", "≥6台"),
    (None, "可持续影响指标", "监测方法纳入场站运维制度", "是"),
    ("满意度指标", "服务对象满意度指标", "生态环境主管部门满意度", "≥90%"),
]  # fmt: skip


@variant("yp11-birds-template-rows", (6, 7),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
         "indicators, a deadline given as a percentage")  # fmt: skip
def yp11() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="澄岬风电场鸟类碰撞风险评估监测",
                 dept="岑潮市生态环境局（602045）", unit="岑潮市生态环境监测站",
                 money=one_year(60, 50, 10),
                 goals=["设32个搜寻样方评估鸟类碰撞风险，识别高风险机组。"])  # fmt: skip
    indicators(s, (*H_ONE[:3], "预期目标"), YP11)
    sign(s, "柏秋禾", "0736-8807433")
    return b


TASKS12 = [
    ("迁徙鸟类雷达监测", "运行5个雷达监测站点", money(180, WAN), "全年连续监测"),
    ("风机周边样线巡查", "迁徙季样线巡查与鸟撞核查", money(150, WAN), "巡查≥300公里"),
    ("监测数据平台运维", "数据汇交、共享与科普", money(100, WAN), "共享单位≥4家"),
    ("金额合计", None, money(430, WAN), None),
]  # fmt: skip
H12 = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
PART1 = [
    ("产出指标", "数量指标", "风电场鸟类雷达监测站点", "≥5个", 10),
    (None, None, "迁徙季样线巡查里程", "≥300公里", 10),
    (None, "质量指标", "监测数据有效率", "≥95%", 10),
    (None, "时效指标", "鸟撞事件核查时限", "≤48小时", 10),
]  # fmt: skip
PART2 = [
    ("成本指标", "经济成本指标", "单个监测站点年运行成本", "≤36万元/个", 10),
    (None, "生态环境成本指标", "监测设施占用林地面积", "≤0.5亩", 10),
    ("效益指标", "生态效益指标", "重点保护鸟类撞击死亡事件", "0起", 10),
    (None, "社会效益指标", "鸟类保护科普活动受众", "≥3000人次", 10),
    (None, "可持续影响指标", "鸟类监测数据共享单位", "≥4家", 10),
    ("满意度指标", "服务对象满意度指标", "风电企业满意度", "≥90%", 10),
]  # fmt: skip


@variant("yp12-birds-notes-page-break", (4,),
         "department, NAT-2021, weight column: a 续下页 note, the header repeated after a page "
         "break, 小计 and 合计 rows, notes, 填表说明, signature and date lines "
         "(correct)")  # fmt: skip
def yp12() -> Book:
    b, s = first()
    budget = [(money(640, WAN), money(560, WAN), money(80, WAN), money(210, WAN),
               money(430, WAN))]  # fmt: skip
    department_head(s, year=YEAR, dept="岑潮市野生动物保护站", budget=budget, tasks=TASKS12,
                    goal="保障风电场迁徙鸟类安全，不发生重点保护鸟类撞死事件。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, H12, PART1)
    s.row("小计", None, None, None, 40)
    notes(s, "（续下页）", width=5)
    s.skip()
    indicators(s, H12, PART2)
    s.row("小计", None, None, None, 60)
    s.row("合计", None, None, None, 100)
    notes(s, "注：1.“0起”指全年不发生；2.小计、合计行不是指标，权重按三级指标合计100分。",
          "填表说明：指标值应含比较符和计量单位，定性指标填写等级。", width=5)  # fmt: skip
    sign(s, "葛书砚", "0736-8861027")
    return b
