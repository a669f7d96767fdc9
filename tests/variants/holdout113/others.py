"""Multi-year and stacked returns of 沄江市 offices: headers on two merged rows (指标值 over 年度
and 中期), 中期 and 年度 money, two projects stacked in one sheet, a 指标值类型 column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout113.common import CITY, YEAR, footer, header, header2, proj_head
from tests.variants.holdout113.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money, pct


def w(v: float) -> C:
    return money(v, WAN)


@variant(
    "ls05-rehab-two-row",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 money, header on two merged rows (指标值"
    " over 年度 and 中期), 指标说明 column; correct",
)
def ls05() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 14, 16, 28, 14, 14, 30))
    proj_head(
        s, name="残疾儿童康复救助及辅助器具适配", dept=f"{CITY}残疾人联合会",
        unit=f"{CITY}残疾人康复指导中心", leader="任某某 0579-86275530", years=3,
        attr="新增项目",
        money=[("中期资金总额", w(2160.00), "年度资金总额", w(720.00)),
               ("其中：当年预算", w(720.00), "上年结转", w(0))],
        sources=[w(720.00), w(0), w(0), w(0), w(720.00)],
        goals=["三年内为3500名残疾儿童提供康复救助，为2400名残疾人适配辅助器具，"
               "康复训练有效率85%以上。",
               "年内救助残疾儿童1150人、适配辅助器具800人，定点康复机构督导检查8次，"
               "受助家庭满意度90%以上。"],
    )  # fmt: skip
    s.skip()
    header2(s, ("一级指标", "二级指标", "三级指标", ("指标值", ["年度", "中期"]), "指标说明"))
    rows = [
        ("产出指标", "数量指标", "残疾儿童康复救助人数", "≥1150人", "≥3500人", "0-6岁为主"),
        (None, None, "辅助器具适配人数", "≥800人", "≥2400人", None),
        (None, None, "定点康复机构督导检查次数", "≥8次", "≥24次", "每季度不少于2次"),
        (None, "质量指标", "康复训练评估合格率", "≥90%", "≥90%", "按康复评估量表评定"),
        (None, None, "辅具适配回访率", "≥95%", "≥95%", "适配后3个月内回访"),
        (None, "时效指标", "救助资金拨付及时率", "≥95%", "≥95%", "按季度结算拨付"),
        (
            "成本指标",
            "经济成本指标",
            "残疾儿童康复救助标准",
            "≤4000元/人·年",
            "≤4000元/人·年",
            "按省定标准",
        ),
        (None, None, "辅助器具适配人均费用", "≤2500元/人", "≤2500元/人", None),
        ("效益指标", "社会效益指标", "受助儿童康复训练有效率", "≥85%", "≥85%", None),
        (None, "可持续影响指标", "救助对象康复档案建档率", "100%", "100%", None),
        ("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥90%", "≥90%", "问卷调查"),
    ]
    s.table(rows, merged=(1, 2))
    footer(s, "任某某", "丁某", "0579-86275530")
    return b


@variant(
    "ls07-cdc-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value column and a 备注 column; correct",
)
def ls07() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标", (16, 14, 18, 28, 16, 20))
    project_head(
        s, year=YEAR, name="免疫规划疫苗冷链配送及预防接种管理", dept=f"{CITY}卫生健康委员会",
        unit=f"{CITY}疾病预防控制中心", attr="常年项目",
        title=f"{CITY}{YEAR}年度项目支出绩效目标表",
        money=[("年度资金总额", w(486.00), "其中：财政拨款", w(486.00)),
               ("其他资金", w(0), None, None)],
        goals=["保障免疫规划疫苗全程冷链配送，适龄儿童免疫规划疫苗接种率保持在95%以上。"],
    )  # fmt: skip
    header(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"))
    first = [
        ("产出指标", "数量指标", "免疫规划疫苗冷链配送批次", "≥48批次", None),
        (None, None, "免疫规划疫苗接种剂次", "≥120000剂次", None),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "以乡镇为单位"),
        (None, None, "冷链温度监测达标率", "≥98%", None),
        (None, "时效指标", "疫苗配送及时率", "≥98%", None),
        (None, "成本指标", "冷链系统运维费用", "≤86万元", None),
        ("效益指标", "社会效益指标", "疑似预防接种异常反应规范处置率", "100%", None),
        (None, "可持续影响指标", "预防接种信息系统数据完整率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "受种者家长满意度", "≥90%", None),
    ]
    s.table(first, merged=(1, 2))
    s.skip()
    project_head(
        s, year=YEAR, name="重点传染病监测及实验室检测", dept=f"{CITY}卫生健康委员会",
        unit=f"{CITY}疾病预防控制中心", attr="常年项目", title="",
        money=[("年度资金总额", w(212.50), "其中：财政拨款", w(200.00)),
               ("其他资金", w(12.50), None, None)],
        goals=["依托14家哨点医院开展重点传染病监测，完成病原学检测5000份，"
               "突发公共卫生事件规范处置。"],
    )  # fmt: skip
    header(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"))
    second = [
        ("产出指标", "数量指标", "传染病监测哨点医院数", "≥14家", None),
        (None, None, "病原学检测样本数", "≥5000份", None),
        (None, "质量指标", "实验室室间质评合格率", "100%", "国家级质评"),
        (None, "时效指标", "法定传染病网络报告及时率", "≥98%", None),
        (None, "成本指标", "单份样本检测成本", "≤260元/份", "含试剂耗材"),
        ("效益指标", "社会效益指标", "突发公共卫生事件规范处置率", "100%", None),
        (None, "可持续影响指标", "监测哨点正常运行率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "哨点医院满意度", "≥90%", None),
    ]
    s.table(second, merged=(1, 2))
    footer(s, "梁某某", "袁某", "0579-86228864")
    return b


@variant(
    "ls14-science-copied-period",
    (8, 1),
    "three-year project, NAT-2021, 序号 column, header on two merged rows (指标值 over "
    "年度 and 中期): two counts copied from 中期 into 年度, a completion rate given as a "
    "count",
)
def ls14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 8, 14, 16, 28, 16, 16))
    proj_head(
        s, name="科普示范基地建设与科普大篷车巡展", dept=f"{CITY}科学技术协会",
        unit=f"{CITY}科技馆", leader="龚某 0579-86310275", years=3, attr="新增项目",
        money=[("中期资金总额", w(960.00), "年度资金总额", w(320.00)),
               ("其中：当年预算", w(300.00), "上年结转", w(20.00))],
        sources=[w(320.00), w(0), w(0), w(0), w(320.00)],
        goals=["三年新建科普示范基地18个，科普大篷车巡展240场，科普受众45万人次，"
               "公民具备科学素质比例达到16%。",
               "年内新建科普示范基地6个，开展科普大篷车巡展80场，科普受众15万人次。"],
    )  # fmt: skip
    s.skip()
    header2(s, ("序号", "一级指标", "二级指标", "三级指标", ("指标值", ["年度", "中期"]),
                "指标说明"))  # fmt: skip
    rows = [
        (1, "产出指标", "数量指标", "科普示范基地新建数", "≥6个", "≥18个", None),
        (
            2,
            None,
            None,
            "科普大篷车巡展场次",
            mk(
                "≥240场",
                "D202",
                "warning",
                alt=("D104",),
                note="the 中期 240 copied; the 年度目标 says 80",
            ),
            "≥240场",
            "进乡镇、进学校、进社区",
        ),
        (
            3,
            None,
            None,
            "科普讲座及展览受众人次",
            mk(
                "≥450000人次",
                "D202",
                "warning",
                alt=("D104",),
                note="the 中期 count copied; 年度目标 15万",
            ),
            "≥450000人次",
            None,
        ),
        (4, None, "质量指标", "科普展品完好率", "≥95%", "≥95%", None),
        (
            5,
            None,
            None,
            "科普活动计划完成率",
            mk("≥36场", "T105", "error", note="a 完成率 given as a count"),
            mk("≥100场", "T105", "error", note="a 完成率 given as a count"),
            None,
        ),
        (6, None, "时效指标", "基地建设按期完成率", "≥95%", "≥95%", None),
        (
            7,
            "成本指标",
            "经济成本指标",
            "单个科普示范基地建设补助",
            "≤25万元/个",
            "≤25万元/个",
            None,
        ),
        (8, None, None, "大篷车巡展单场费用", "≤0.6万元/场", "≤0.6万元/场", "含车辆运行"),
        (9, "效益指标", "社会效益指标", "公民具备科学素质比例", "≥15%", "≥16%", "全市抽样调查"),
        (10, None, "可持续影响指标", "注册科普志愿者人数", "≥3000人", "≥5000人", "累计"),
        (11, "满意度指标", "服务对象满意度指标", "参与公众满意度", "≥90%", "≥90%", None),
    ]
    s.table(rows, merged=(2, 3))
    footer(s, "龚某", "严某某", "0579-86310275")
    return b


@variant(
    "ls17-epidemic-no-benefit",
    (5, 11),
    "project, NAT-2021, a 指标值类型 column and a 计量单位 column: the 效益指标 tier "
    "missing, `=95%` on a satisfaction rate",
)
def ls17() -> Book:
    b = Book()
    s = b.sheet("动物防疫", (16, 14, 16, 28, 18, 12, 20))
    proj_head(
        s, name="重大动物疫病强制免疫及监测", dept=f"{CITY}农业农村局",
        unit=f"{CITY}动物疫病预防控制中心", leader="孔某某 0579-86346601", attr="常年项目",
        money=[("年度资金总额", w(640.00), "其中：当年预算", w(640.00), "上年结转", w(0))],
        sources=[w(580.00), w(0), w(0), w(60.00), w(640.00)],
        goals=["做好高致病性禽流感、口蹄疫等重大动物疫病强制免疫，免疫抗体合格率70%以上，"
               "全年不发生区域性重大动物疫情。"],
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 效益指标 tier at all")
    s.skip()
    header(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值类型", "备注"))
    rows = [
        ("产出指标", "数量指标", "高致病性禽流感免疫禽只数", "≥860万羽", "定量", None),
        (None, None, "口蹄疫免疫猪牛羊数量", "≥95万头", "定量", None),
        (None, None, "免疫抗体监测样品数", "≥12000份", "定量", None),
        (None, "质量指标", "强制免疫病种应免密度", "≥90%", "定量", None),
        (None, None, "免疫抗体合格率", "≥70%", "定量", None),
        (None, "时效指标", "秋季集中免疫完成时间", "2027年11月30日前", "定量", None),
        ("成本指标", "经济成本指标", "强制免疫疫苗采购费用", "≤520万元", "定量", "省级集中招标"),
        (None, None, "抗体监测样品检测单价", "≤45元/份", "定量", None),
        (
            "满意度指标",
            "服务对象满意度指标",
            "养殖场户满意度",
            mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥ meant"),
            "定量",
            None,
        ),
    ]
    s.table(rows, merged=(1, 2))
    footer(s, "孔某某", "左某", "0579-86346601")
    return b


@variant(
    "ls18-fire-annual-over-period",
    (8, 11),
    "two-year project, NAT-2021, 比较符 column, 年度 and 中期 value columns, a unit "
    "column: the annual budget above the period's, ≥ on a failure rate",
)
def ls18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 14, 16, 26, 10, 14, 14, 14))
    proj_head(
        s, name="消防救援车辆及个人防护装备更新", dept=f"{CITY}应急管理局",
        unit=f"{CITY}消防救援支队", leader="毛某某 0579-86119119", years=2, attr="新增项目",
        width=8,
        money=[("中期资金总额", w(1200.00), "年度资金总额",
                mk(w(1350.00), "B103", "error", row=True,
                   note="the annual budget exceeds the two-year total")),
               ("其中：当年预算", w(1350.00), "上年结转", w(0))],
        sources=[w(1350.00), w(0), w(0), w(0), w(1350.00)],
        goals=["两年内更新消防车辆14辆、个人防护装备1100套，装备验收合格率100%。",
               "年内更新消防车辆8辆、个人防护装备600套，城区接警到场时间不超过8分钟。"],
    )  # fmt: skip
    s.skip()
    header(s, ("一级指标", "二级指标", "三级指标", "比较符", "年度指标值", "中期指标值",
               "计量单位", "备注"))  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新购置消防车辆数", "≥", 8, 14, "辆", None),
        (None, None, "个人防护装备配发套数", "≥", 600, 1100, "套", None),
        (None, "质量指标", "装备验收合格率", "=", pct(1), pct(1), "%", None),
        (None, "时效指标", "装备列装按期完成率", "≥", pct(0.95), pct(0.95), "%", None),
        ("成本指标", "经济成本指标", "消防车辆平均采购单价", "≤", 60, 60, "万元/辆", None),
        (None, None, "个人防护装备单价", "≤", 0.3, 0.3, "万元/套", None),
        ("效益指标", "社会效益指标", "城区接警到场时间", "≤", 8, 8, "分钟", None),
        (
            None,
            "可持续影响指标",
            "消防车辆装备故障率",
            mk("≥", "T108", "warning", row=True, note="a failure rate is 反向: ≤ wanted"),
            pct(0.02),
            pct(0.02),
            "%",
            None,
        ),
        (
            "满意度指标",
            "服务对象满意度指标",
            "基层消防站指战员满意度",
            "≥",
            pct(0.90),
            pct(0.90),
            "%",
            None,
        ),
    ]
    s.table(rows, merged=(1, 2))
    footer(s, "毛某某", "柴某", "0579-86119119")
    return b


@variant(
    "ls15-maternal-page-break",
    (4, 8),
    "project, NAT-2021, header repeated after a page break with the tiers written again; "
    "a plan date in the next year, a conflicting duplicate across the break",
)
def ls15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 14, 16, 28, 16, 12, 20))
    proj_head(
        s, name="妇女两癌筛查及孕产妇健康管理", dept=f"{CITY}卫生健康委员会",
        unit=f"{CITY}妇幼保健院", leader="章某某 0579-86240917",
        end=mk(day(YEAR + 1, 12, 31), "Y102", "error", alt=("Y101",),
               note="a one-year 2027 project cannot end on 2028-12-31"),
        money=[("年度资金总额", w(845.00), "其中：当年预算", w(800.00), "上年结转", w(45.00))],
        sources=[w(845.00), w(0), w(0), w(0), w(845.00)],
        goals=["为适龄妇女免费提供宫颈癌、乳腺癌筛查各1.6万人，孕产妇系统管理2.1万人，"
               "筛查结果随访率90%以上，服务对象满意度90%以上。"],
    )  # fmt: skip
    s.skip()
    cols = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    header(s, cols)
    first = [
        ("产出指标", "数量指标", "宫颈癌筛查人数", "≥16000人", "计划标准", None),
        (None, None, "乳腺癌筛查人数", "≥16000人", "计划标准", None),
        (None, None, "孕产妇系统管理人数", "≥21000人", "历史标准", None),
        (None, "质量指标", "筛查异常结果随访率", "≥90%", "行业标准", None),
        (None, None, "孕产妇系统管理率", "≥92%", "行业标准", None),
        (None, "时效指标", "筛查结果反馈时限", "≤15个工作日", "计划标准", None),
    ]
    s.table(first, merged=(1, 2))
    s.skip()
    header(s, cols)
    second = [
        ("成本指标", "经济成本指标", "两癌筛查人均费用", "≤180元/人", "其他标准", "按服务协议"),
        (None, None, "孕产妇健康管理人均补助", "≤120元/人", "其他标准", None),
        (
            "效益指标",
            "社会效益指标",
            mk(
                mk(
                    "宫颈癌筛查人数",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103", "D104"),
                    note="16000 in row 产出/数量 and in the 年度目标, 18000 here",
                ),
                "*",
                "warning",
                row=True,
                required=False,
                note="a count under 效益 (F201) is fair",
            ),
            "≥18000人",
            "计划标准",
            None,
        ),
        (None, None, "两癌早诊率", "≥70%", "行业标准", None),
        (None, None, "高危孕产妇专案管理率", "100%", "行业标准", None),
        (None, "可持续影响指标", "妇幼健康信息系统数据完整率", "≥95%", "计划标准", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "历史标准", None),
    ]
    s.table(second, merged=(1, 2))
    footer(s, "章某某", "罗某", "0579-86240917")
    return b
