"""Donkey farms of 骅沟县: breeding subsidies, sheds, multi-year breeding and foal rearing, the
veterinary centre's flat list, and two stacked farm projects (ei01–ei06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout597.common import (
    AGRI,
    detail,
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout597.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ei01-breeding-subsidy", (1, 12),
         "project, NAT-2021, operator and unit columns, percent cells, detail lines "
         "(correct)")  # fmt: skip
def breeding_subsidy() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="骅沟县能繁母驴扩群补贴项目", dept=AGRI,
                 unit="骅沟县畜牧兽医服务中心", money=one_year(96, 90, 6), goals=[
                     "2025年对全县能繁母驴补贴1200头（其中青栎镇450头、石窑乡380头、其余乡镇"
                     "370头），开展冷配改良4000头次，驴驹成活率保持在92%以上。"])  # fmt: skip
    detail(s, [("能繁母驴补贴", 60), ("冷配改良服务", 24), ("防疫物资", 12)], 96)
    indicators(s, OP_HEAD, [
        ("成本指标", "经济成本指标", "能繁母驴补贴标准", "≤", 500, "元/头"),
        (None, None, "冷配服务单价", "≤", 60, "元/头次"),
        ("产出指标", "数量指标", "补贴能繁母驴数量", "≥", 1200, "头"),
        (None, None, "冷配改良", "≥", 4000, "头次"),
        (None, "质量指标", "驴驹成活率", "≥", pct(0.92), "%"),
        (None, None, "补贴对象核验准确率", "≥", pct(0.98), "%"),
        (None, "时效指标", "补贴资金兑付时间", "≤", day(2025, 11, 30, CN_DATE), "日期"),
        ("效益指标", "经济效益指标", "养殖户户均增收", "≥", 1500, "元"),
        (None, "社会效益指标", "带动养殖户", "≥", 620, "户"),
        (None, "生态效益指标", "驴场粪污直排量下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "驴群布病阳性率", "≤", pct(0.005, "0.0%"), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "贺兰芝", "0391-5826417")
    return b


@variant("ei02-shed-goal-mismatch", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: shed count against the goal, a "
         "deadline in the next year, a unit cost above the money")  # fmt: skip
def shed_goal_mismatch() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="骅沟县标准化驴舍改造项目", dept=AGRI,
                 unit="骅沟县石窑乡人民政府", money=one_year(80, 80, 0), goals=[
                     "新建标准化驴舍12栋、改造青贮窖6座，2025年10月底前完工验收，"
                     "改善规模养殖条件。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "新建标准化驴舍",
         mk("≥10栋", "D104", "warning", row=True, note="年度目标写新建12栋，指标只有10栋")),
        (None, None, "改造青贮窖", "≥6座"),
        (None, "质量指标", "驴舍竣工验收合格率", pct(1.0)),
        (None, "时效指标", "工程完工时间",
         mk("2026年10月31日前", "Y102", "error", row=True, alt=("Y103", "D104"),
            note="一年期2025年项目，完工期限落在2026年，年度目标也写2025年10月底前")),
        (None, "成本指标", "驴舍建设补助标准",
         mk("≤9万元/栋", "B107", "warning", row=True,
            note="9万元 × 10栋 = 90万元（按目标12栋为108万元），超过年度资金80万元")),
        ("效益指标", "经济效益指标", "户均养殖成本降低", "≥800元"),
        (None, "社会效益指标", "带动规模养殖户", "≥40户"),
        (None, "可持续影响指标", "驴舍设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "受益养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵青禾", "0391-5830952")
    return b


@variant("ei03-three-year-breeding", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns, period counts above the year's, "
         "a typed percent in both columns (correct)")  # fmt: skip
def three_year_breeding() -> Book:
    b, s = new_book()
    project_head(s, year=2025, years=3, name="骅沟县乌头驴种质保护与扩繁项目", dept=AGRI,
                 unit="骅沟县乌头驴原种场", attr="新增项目",
                 money=multi_year((450, 420, 30), (150, 140, 10)), goals=[
                     "2025年—2027年建成核心育种群3个，累计扩繁乌头驴3000头，种驴登记建档率"
                     "达到95%以上。",
                     "2025年建成核心育种群1个，扩繁乌头驴1000头，引进种公驴20头，完成种驴"
                     "登记建档。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "核心育种群建设", "≥3个", "≥1个"),
        (None, None, "扩繁乌头驴", "≥3000头", "≥1000头"),
        (None, None, "引进种公驴", "≥60头", "≥20头"),
        (None, "质量指标", "种驴登记建档率", pct(0.95), pct(0.95)),
        (None, "时效指标", "扩繁任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "种公驴引进单价", "≤1.2万元/头", "≤1.2万元/头"),
        ("效益指标", "经济效益指标", "扩繁驴驹销售收入", "≥900万元", "≥300万元"),
        (None, "可持续影响指标", "种质资源保存年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "合作养殖场满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：中期指标值为2025年—2027年累计数，年度指标值为2025年度数。")
    sign(s, "乔望川", "0391-5817730")
    return b


@variant("ei04-foal-copied-goal", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
         "annual count above the period's, a 反向 death rate with ≥")  # fmt: skip
def foal_copied_goal() -> Book:
    b, s = new_book()
    goal = ("2025年—2026年建成驴驹集中培育中心1处，建设培育圈舍8栋，累计培育断奶驴驹2400头，"
            "驴驹死亡率控制在3%以内。")  # fmt: skip
    project_head(s, year=2025, years=2, name="骅沟县驴驹集中培育中心建设项目", dept=AGRI,
                 unit="骅沟县黄杞镇人民政府", attr="新增项目",
                 money=multi_year((300, 280, 20), (180, 170, 10)), goals=[
                     goal, mk(goal, "D204", "warning",
                              note="年度目标逐字照抄中期目标")])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "驴驹培育成本", "≤600元/头", "≤600元/头"),
        ("产出指标", "数量指标", "培育断奶驴驹", "≥2400头",
         mk("≥2600头", "D201", "error", note="年度2600头大于两年累计2400头")),
        (None, None, "建设培育圈舍", "≥8栋", "≥5栋"),
        (None, "质量指标", "断奶驴驹成活率", "≥90%", "≥90%"),
        (None, None, "驴驹死亡率", "≤3%",
         mk("≥3%", "T108", "warning", row=True, alt=("D203",),
            note="死亡率是反向指标，年度列写成≥")),
        (None, "时效指标", "培育中心建成时间", "2026年6月30日前", "2025年12月31日前"),
        ("效益指标", "经济效益指标", "托养户出栏增收", "≥500元/头", "≥500元/头"),
        (None, "社会效益指标", "托养农户", "≥150户", "≥90户"),
        ("满意度指标", "服务对象满意度指标", "托养户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "温砚秋", "0391-5841206")
    return b


@variant("ei05-vet-centre-flat", (3, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "tasks add to 项目支出 with a note, 0起 incident count, 填表说明 (correct)")  # fmt: skip
def vet_centre_flat() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept="骅沟县畜牧兽医服务中心", budget=[
        (w(520), w(500), w(20), w(310), w(210))], tasks=[
        ("动物防疫", "春秋两季集中免疫、疫病监测", w(120), "应免尽免，无重大疫情"),
        ("驴产业技术推广", "冷配改良、饲养管理培训", w(90), "培训养殖户1200人次"),
        ("金额合计", None, w(210), None),
    ], goal="目标1：完成驴、牛、羊强制免疫，应免密度95%以上；"
            "目标2：培训养殖户1200人次。")  # fmt: skip
    notes(s, "注：金额合计为项目支出210万元，基本支出310万元不列入主要任务。")
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("强制免疫应免密度", 20, "%", "≥", pct(0.95)),
        ("驴产业技术培训", 15, "人次", "≥", 1200),
        ("动物疫病监测样本", 15, "份", "≥", 6000),
        ("重大动物疫情发生数", 10, "起", "=", 0),
        ("检疫申报受理时限", 10, "小时", "≤", 2),
        ("病死畜无害化处理率", 15, "%", "=", pct(1.0)),
        ("养殖场户兽医服务满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "填表说明：1.权重合计100；2.指标性质填写≥、≤或=；3.百分比指标按百分数填写。")
    sign(s, "骆晴川", "0391-5802183")
    s.row("单位负责人（签字）", "莫知远", None, "单位（盖章）")
    return b


@variant("ei06-stacked-dairy", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second's money does not add up, "
         "a deadline left from last year, the same indicator twice")  # fmt: skip
def stacked_dairy() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="骅沟县驴场防疫消毒补助项目", dept=AGRI,
                 unit="骅沟县畜牧兽医服务中心", money=one_year(40, 40, 0),
                 goals=["为全县驴场开展集中消毒1000场次，消毒覆盖率达到95%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "驴场集中消毒", "≥1000场次"),
        (None, "质量指标", "驴场消毒覆盖率", "≥95%"),
        (None, "时效指标", "消毒补助发放时间", "2025年12月20日前"),
        (None, "成本指标", "消毒补助标准", "≤300元/场次"),
        ("效益指标", "社会效益指标", "驴场疫病发生率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="骅沟县驴奶收购加工试点项目", dept=AGRI,
                 unit="骅沟县乌泉乡人民政府", money=one_year(mk(
                     w(65), "B101", "error", note="财政拨款50 + 其他资金10 = 60，不是65"),
                     50, 10), goals=[
                     "收购本地驴奶120吨，支持2家企业开展驴奶加工试点，"
                     "带动奶驴养殖户80户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "驴奶收购量", "≥120吨"),
        (None, None, "试点加工企业", "≥2家"),
        (None, "质量指标", "驴奶抽检合格率", "≥98%"),
        (None, "时效指标", "试点设备安装完成时间",
         mk("2024年9月30日前", "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="2025年度项目的期限写成2024年，上年的残留")),
        (None, "成本指标", "驴奶收购补贴标准", "≤2元/公斤"),
        ("效益指标", "经济效益指标", "奶驴养殖户户均增收", "≥3000元"),
        (None, "社会效益指标", "带动奶驴养殖户", "≥80户"),
        (None, "可持续影响指标", "驴奶年收购量",
         mk("≥150吨", "D102", "error", row=True, alt=("D103", "D101", "F201"),
            note="与数量指标“驴奶收购量 ≥120吨”是同一指标，值却不同")),
        ("满意度指标", "服务对象满意度指标", "奶驴养殖户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "阮溪亭", "0391-5823379")
    return b
