"""Returns ld01–ld06: project tables from a 街道办事处, 区教育局, 区卫健局, 区民政局, 区城管局 and
区农业农村局 on the district's project form."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout98.common import DISTRICT, YEAR, footer, indicators
from tests.variants.holdout98.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

NAT = "NAT-2021"


@variant(
    "ld01-street-microrenewal",
    (1, 5),
    "project, NAT-2021, values with units inline, tiers merged, a 备注 column",
)
def ld01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (14, 16, 30, 18, 22, 12))
    project_head(
        s, year=YEAR, name="老旧小区微更新改造项目", dept=f"{DISTRICT}柳岸街道办事处（307001）",
        unit=f"{DISTRICT}柳岸街道办事处",
        money=[("中期资金总额", money(86.5, WAN), "年度资金总额", money(86.5, WAN)),
               ("其中：财政拨款", money(86.5, WAN), "其中：财政拨款", money(86.5, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["完成辖区4个老旧小区的道路修补、单元门禁加装和公共照明更新，改善居民出行和居住"
               "安全条件，建立小区长效管理机制。"], attr="一次性项目",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("产出指标", "数量指标", "改造小区数量", "≥4个", "桂香苑等4个小区"),
        (None, None, "加装单元门禁", "≥36套", None),
        (None, None, "破损道路修补面积", "≥2600平方米", None),
        (None, "质量指标", "工程验收合格率", pct(1), None),
        (None, None, "公共照明设施完好率", "≥95%", None),
        (None, "时效指标", "工程完工时间", "2027年10月31日前", None),
        ("成本指标", "经济成本指标", "小区平均改造成本", "≤21万元/个", "按施工图预算控制"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥680户", None),
        (None, None, "小区环境类投诉下降幅度", "≥15%", "与2026年相比"),
        (None, "可持续影响指标", "小区长效管理机制", "建立并执行", None),
        (None, None, "设施维护责任落实率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "抽样问卷"),
    ], label="绩效指标")  # fmt: skip
    footer(s, "陈晓岚", "0571-86120417", "周明远", (2026, 11, 12))
    return b


@variant(
    "ld02-edu-afterschool-money",
    (1, 12),
    "project, OLD-NAT, 比较符 and 计量单位 columns; 年度资金 parts do not add up, a "
    "满意度 without %",
)
def ld02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 14, 14))
    project_head(
        s, year=YEAR, name="义务教育阶段课后服务补助", dept=f"{DISTRICT}教育局（311）",
        unit=f"{DISTRICT}教育局", attr="常年项目",
        money=[("中期资金总额", money(420, WAN), "年度资金总额",
                mk(money(420, WAN), "B101", "error",
                   note="财政拨款 380 + 其他资金 30 = 410 ≠ 420")),
               ("其中：财政拨款", money(380, WAN), "其中：财政拨款", money(380, WAN)),
               ("其他资金", money(40, WAN), "其他资金", money(30, WAN))],
        goals=["为全区28所义务教育学校提供课后托管和兴趣拓展服务，覆盖学生不少于2.1万人，"
               "缓解家长接送难题。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "开展课后服务学校数", "≥", 28, "所"),
        (None, None, "课后服务覆盖学生人数", "≥", 21000, "人"),
        (None, None, "兴趣拓展课程门类", "≥", 12, "类"),
        (None, "质量指标", "学生课后服务参与率", "≥", pct(0.85), "%"),
        (None, None, "课后服务安全责任事故", "=", 0, "起"),
        (None, "时效指标", "补助资金拨付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "生均课后服务补助标准", "≤", 190, "元/人·年"),
        ("效益指标", "社会效益指标", "学生课后托管需求满足率", "≥", pct(0.9), "%"),
        (None, None, "家长按时接送困难问题缓解程度", "定性", "明显缓解", None),
        (None, "可持续影响指标", "课后服务长效保障机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥",
         mk(90, "T105", "error", alt=("T104",), note="满意度 without %, the unit column empty"),
         None),
        (None, None, "学生满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "刘思雨", "0571-86233105", "郑国华", (2026, 11, 15))
    return b


@variant(
    "ld03-health-family-doctor",
    (1, 5),
    "project, NAT-2021, tiers filled down in every row, 比较符 and 计量单位 columns, percent cells",
)
def ld03() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 32, 10, 12, 14))
    project_head(
        s, year=YEAR, name="家庭医生签约服务经费", dept=f"{DISTRICT}卫生健康局", attr="延续项目",
        unit=f"{DISTRICT}卫生健康局、各社区卫生服务中心",
        money=[("中期资金总额", money(150, WAN), "年度资金总额", money(150, WAN)),
               ("其中：财政拨款", money(150, WAN), "其中：财政拨款", money(150, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["做实重点人群家庭医生签约服务，签约5.2万人，提升慢病规范管理水平。"],
    )  # fmt: skip
    t = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"),
         ("成本指标", "经济成本指标"), ("效益指标", "社会效益指标"),
         ("效益指标", "可持续影响指标"), ("满意度指标", "服务对象满意度指标")]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        (*t[0], "重点人群家庭医生签约人数", "≥", 52000, "人"),
        (*t[0], "家庭医生签约服务团队数", "≥", 64, "个"),
        (*t[0], "签约居民年度健康评估人数", "≥", 30000, "人"),
        (*t[1], "重点人群签约服务覆盖率", "≥", pct(0.75), "%"),
        (*t[1], "签约居民履约随访完成率", "≥", pct(0.9), "%"),
        (*t[2], "签约服务费结算周期", "≤", 30, "天"),
        (*t[3], "签约服务人均补助标准", "≤", 12, "元/人"),
        (*t[4], "高血压患者规范管理率", "≥", pct(0.7), "%"),
        (*t[4], "基层就诊比例较上年提高", "≥", 2, "百分点"),
        (*t[5], "签约服务信息系统运行", "定性", "稳定运行", None),
        (*t[6], "签约居民满意度", "≥", pct(0.9), "%"),
    ], merged=())  # fmt: skip
    footer(s, "吴佳颖", "0571-86451266", "孙立新", (2026, 11, 18))
    return b


@variant(
    "ld04-civil-home-care",
    (1, 11),
    "project, NAT-2021, values inline, 指标解释 column; a rate given as a count, a "
    "duplicate indicator",
)
def ld04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 16, 30, 8))
    project_head(
        s, year=YEAR, name="居家养老服务补贴", dept=f"{DISTRICT}民政局", attr="常年项目",
        unit=f"{DISTRICT}民政局",
        money=[("中期资金总额", money(268.4, WAN), "年度资金总额", money(268.4, WAN)),
               ("其中：财政拨款", money(248.4, WAN), "其中：财政拨款", money(248.4, WAN)),
               ("其他资金", money(20, WAN), "其他资金", money(20, WAN))],
        goals=["为辖区经济困难、失能和高龄老年人提供上门探访、助餐和生活照料服务，"
               "全年上门服务不少于1.2万人次。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释"), [
        ("产出指标", "数量指标", "享受居家养老服务补贴人数", "≥1500人", "经评估符合条件的老年人"),
        (None, None, "上门探访服务人次", "≥12000人次", "全年累计"),
        (None, None, "社区老年助餐点覆盖率", mk("≥30个", "T105", "error", note="a rate as a count"),
         "建成运营的助餐点"),
        (None, "质量指标", "服务对象能力评估完成率", "≥95%", None),
        (None, None, "服务记录规范率", "≥90%", "抽查服务工单"),
        (None, "时效指标", "补贴按月发放及时率", "≥95%", None),
        ("成本指标", "经济成本指标", "人均月服务补贴标准", "≤120元/人·月", "按评估等级分档"),
        ("效益指标", "社会效益指标", mk("上门探访服务人次", "D101", "warning", row=True,
                                         note="the same indicator as row 2 of the table"),
         "≥12000人次", None),
        (None, None, "独居老人意外风险及时发现率", "≥90%", None),
        (None, "可持续影响指标", "居家养老服务网络", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "第三方回访"),
    ])  # fmt: skip
    footer(s, "黄可欣", "0571-86390218", "钱永刚", (2026, 11, 10))
    return b


@variant(
    "ld05-city-sorting-weights",
    (1, 10),
    "project, NAT-2021, values inline and a 权重 column adding to 100, tiers merged",
)
def ld05() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 10, 16))
    project_head(
        s, year=YEAR, name="生活垃圾分类运维经费", dept=f"{DISTRICT}城市管理局",
        unit=f"{DISTRICT}环境卫生管理所", attr="常年项目",
        money=[("中期资金总额", money(535, WAN), "年度资金总额", money(535, WAN)),
               ("其中：财政拨款", money(535, WAN), "其中：财政拨款", money(535, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["保障全区生活垃圾分类投放点和转运站正常运行，提高分类准确率和资源化利用水平。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注"), [
        ("产出指标", "数量指标", "运维分类投放点数量", "≥420个", 10, None),
        (None, None, "厨余垃圾日均分出量", "≥95吨", 10, None),
        (None, None, "督导巡查次数", "≥240次", 5, "每周不少于5次"),
        (None, "质量指标", "垃圾分类准确率", "≥85%", 10, "抽检"),
        (None, None, "转运车辆密闭化率", pct(1), 5, None),
        (None, "时效指标", "投放点日产日清率", "≥98%", 5, None),
        ("成本指标", "经济成本指标", "单个投放点年运维成本", "≤1.1万元/个", 10, None),
        (None, "生态环境成本指标", "转运环节渗滤液滴漏", "无", 5, None),
        ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥40%", 15, None),
        (None, "社会效益指标", "居民分类知晓率", "≥95%", 10, None),
        (None, "可持续影响指标", "分类运维考核机制", "健全", 5, None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥88%", 10, None),
        ("合计", None, None, None, 100, None),
    ])  # fmt: skip
    footer(s, "何俊", "0571-86502371", "冯志强", (2026, 11, 16))
    return b


@variant(
    "ld06-agri-farmland-year",
    (1, 11),
    "project, OLD-NAT, 计量单位 column; plan dates a year before the title, a cost with ≥",
)
def ld06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 14, 12, 16))
    project_head(
        s, year=YEAR, name="高标准农田设施管护经费", dept=f"{DISTRICT}农业农村局",
        unit=f"{DISTRICT}农业农村局", attr="延续项目",
        start=mk(day(YEAR - 1, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                 note="plan dates 2026 in a 2027年度 table"),
        end=day(YEAR - 1, 12, 31),
        money=[("中期资金总额", money(96, WAN), "年度资金总额", money(96, WAN)),
               ("其中：财政拨款", money(96, WAN), "其中：财政拨款", money(96, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["对已建成的2.4万亩高标准农田灌排设施、田间道路开展日常管护，保障设施完好。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"), [
        ("产出指标", "数量指标", "管护高标准农田面积", "≥2.4", "万亩", None),
        (None, None, "疏浚灌排渠道长度", "≥38", "公里", None),
        (None, None, "维修田间道路", "≥12", "公里", None),
        (None, "质量指标", "灌排设施完好率", "≥90", "%", None),
        (None, "时效指标", "汛前设施检修完成时间", "5月31日前", None, None),
        (None, "成本指标", mk("亩均管护成本", "T108", "warning", row=True,
                               note="a cost cap written with ≥"), "≥35", "元/亩", None),
        ("效益指标", "经济效益指标", "粮食亩均增产", "≥20", "公斤", None),
        (None, "社会效益指标", "受益农户数", "≥5600", "户", None),
        (None, "生态效益指标", "农田灌溉水有效利用系数", "≥0.6", None, "无量纲"),
        (None, "可持续影响指标", "村级管护责任制落实", "落实到位", None, None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90", "%", None),
    ])  # fmt: skip
    footer(s, "沈一鸣", "0571-86617732", "韩建平", (2026, 11, 20))
    return b
