"""Returns of the 110th held-out corpus with the mistakes reviewers meet most often (lp11–lp18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout110.common import (
    OPS6,
    YEAR,
    footer,
    multi_year,
    new,
    one_year,
    table,
    wan,
)
from tests.variants.holdout110.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("lp11-roads-sum-count", (12,), "project, OLD-NAT: total ≠ parts, a rate as a count")
def lp11() -> Book:
    b, s = new()
    money = [
        ["年度资金总额", mk(wan(860), "B101", "error", row=True), "其中：财政拨款", wan(700)],
        ["其他资金", wan(140), None, None],
    ]
    project_head(
        s,
        year=YEAR,
        name="农村公路日常养护",
        dept="松岙县交通运输局（317）",
        unit="松岙县公路与运输管理中心",
        money=money,
        goals=["对全县1320公里农村公路实施日常养护，优良中等路率保持在85%以上。"],
    )
    table(s, OPS6, [
        ["产出指标", "数量指标", "养护农村公路里程", "≥", 1320, "公里"],
        [None, None, "危桥改造座数", "=", 4, "座"],
        [None, None, "桥梁定期检查座数", "≥", 86, "座"],
        [None, "质量指标", "优良中等路率", "≥", pct(0.85), "%"],
        [None, None, "养护工程验收合格率", "=", pct(1), "%"],
        [None, "时效指标", "路面病害处置完成率", "≥",
         mk(36, "T105", "error", row=True, note="a 完成率 given as 36 处"), "处"],
        [None, "成本指标", "每公里年养护成本", "≤", 0.6, "万元/公里"],
        ["效益指标", "社会效益指标", "农村公路通行条件", "定性", "明显改善", None],
        [None, "可持续影响指标", "路长制管护覆盖率", "=", pct(1), "%"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    footer(s, "钱磊", "0579-6615566")
    return b


@variant("lp12-emergency-direction", (11,), "project, NAT-2021: operator against direction, >100 %")
def lp12() -> Book:
    b, s = new()
    project_head(
        s,
        year=YEAR,
        name="安全生产监管与应急救援能力建设",
        dept="松岙县应急管理局（319）",
        unit="松岙县应急管理局",
        money=one_year(210, 210, 0),
        goals=["开展重点行业安全生产执法检查，生产安全事故起数和死亡人数双下降。"],
    )
    table(s, OPS6, [
        ["产出指标", "数量指标", "执法检查企业数", "≥", 480, "家"],
        [None, None, "应急演练场次", "≥", 24, "场"],
        [None, None, "企业安全生产培训人次", "≥", 3000, "人次"],
        [None, "质量指标", "重大隐患整改率",
         mk("≥", "T106", "error", row=True, note="a 整改率 cannot exceed 100 %"), pct(1.05), "%"],
        [None, "时效指标", "事故信息报送时限", "≤", 1, "小时"],
        [None, None, "执法检查计划完成率", "≥", pct(0.95), "%"],
        ["成本指标", "经济成本指标", "应急物资储备采购费用", "≤", 60, "万元"],
        ["效益指标", "社会效益指标", "生产安全事故死亡率",
         mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"), pct(0.02, "0.00%"),
         "%"],
        [None, "可持续影响指标", "应急预案修订覆盖率", "=", pct(1), "%"],
        ["满意度指标", "服务对象满意度指标", "企业对执法服务满意度", "≥", pct(0.88), "%"],
    ])  # fmt: skip
    footer(s, "谢东", "0579-6616012")
    return b


@variant("lp13-town-year", (4,), "township project: a plan date in another year")
def lp13() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="集镇污水管网改造", dept="松岙县石门乡人民政府（403）",
                 unit="石门乡人民政府", attr="一次性项目", money=one_year(185, 165, 20),
                 end=mk(day(YEAR + 1, 12, 31), "Y102", "error", alt=("Y101",),
                        note="a one-year 2027 project ending 2028-12-31"),
                 goals=["改造集镇污水主管网2.4公里，新增入户接管480户。"])  # fmt: skip
    table(s, OPS6, [
        ["产出指标", "数量指标", "改造污水主管网长度", "≥", 2.4, "公里"],
        [None, None, "新增入户接管户数", "≥", 480, "户"],
        [None, None, "新建检查井数量", "≥", 96, "座"],
        [None, "质量指标", "管网工程验收合格率", "=", pct(1), "%"],
        [None, "时效指标", "工程完工时间", "≤", "2027年11月30日", None],
        [None, "成本指标", "每公里管网改造成本", "≤", 62, "万元/公里"],
        ["效益指标", "生态效益指标", "集镇生活污水收集率", "≥", pct(0.85), "%"],
        [None, None, "污水处理设施运行负荷率", "≥", pct(0.7), "%"],
        [None, "可持续影响指标", "管网运维管理制度", "定性", "健全", None],
        ["满意度指标", "服务对象满意度指标", "集镇居民满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    footer(s, "徐芳", "0579-6622310")
    return b


@variant("lp14-hr-copied", (8,), "three-year project: 中期 counts copied into 年度")
def lp14() -> Book:
    b, s = new()
    project_head(s, year=YEAR, years=3, attr="延续项目",
                 name="高校毕业生就业见习基地建设（2027—2029）",
                 dept="松岙县人力资源和社会保障局（309）",
                 unit="松岙县就业管理服务中心",
                 money=multi_year((wan(450), wan(450), wan(0)), (wan(150), wan(150), wan(0))),
                 goals=["三年新增见习基地30家，组织1200名高校毕业生参加见习。",
                        "2027年新增见习基地10家，组织400名高校毕业生参加见习。"])  # fmt: skip
    hdr = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    warn = {"note": "a cumulative count copied from 中期"}
    table(s, hdr, [
        ["产出指标", "数量指标", "新增见习基地数", "≥", 30,
         mk(30, "D202", "warning", alt=("D104",), **warn), "家"],
        [None, None, "参加见习高校毕业生人数", "≥", 1200,
         mk(1200, "D202", "warning", alt=("D104",), **warn), "人"],
        [None, None, "开发见习岗位数", "≥", 1500, 500, "个"],
        [None, "质量指标", "见习协议签订率", "=", pct(1), pct(1), "%"],
        [None, None, "见习基地动态复核率", "=", pct(1), pct(1), "%"],
        [None, "时效指标", "见习补贴按月发放及时率", "≥", pct(0.95), pct(0.95), "%"],
        ["成本指标", "经济成本指标", "人均见习补贴", "≤", 3750,
         mk(3750, "B107", "warning", row=True, required=False,
            note="the copied 1200 人 × 3750 元 exceeds the annual 150万"), "元/人"],
        ["效益指标", "社会效益指标", "见习期满留用率", "≥", pct(0.4), pct(0.4), "%"],
        [None, None, "就业困难毕业生见习参与率", "≥", pct(0.3), pct(0.3), "%"],
        ["满意度指标", "服务对象满意度指标", "见习人员满意度", "≥", pct(0.9), pct(0.9), "%"],
    ])  # fmt: skip
    footer(s, "黄莉", "0579-6613025")
    return b


@variant("lp15-hospital-dup", (5,), "county hospital project: conflicting duplicate, no 满意度")
def lp15() -> Book:
    b, s = new()
    project_head(
        s,
        year=YEAR,
        name="县域医共体远程会诊中心运行",
        dept="松岙县卫生健康局（305）",
        unit="松岙县人民医院",
        money=one_year(96, 80, 16),
        goals=["为14家乡镇卫生院提供远程会诊和影像诊断服务，全年远程会诊不少于3000例。"],
    )
    b.file_mark("F106", "error", note="no 满意度指标 tier on a service to patients")
    table(s, OPS6, [
        ["产出指标", "数量指标", "远程会诊例数", "≥", 3000, "例"],
        [None, None, "接入乡镇卫生院数", "=", 14, "家"],
        [None, None, "远程影像诊断例数", "≥", 6000, "例"],
        [None, None, "远程心电诊断例数", "≥", 4500, "例"],
        [None, None, mk("远程会诊例数", "D102", "error", row=True, alt=("D101", "D103")), "≥",
         2500, "例"],
        [None, "质量指标", "影像诊断报告符合率", "≥", pct(0.95), "%"],
        [None, "时效指标", "常规会诊响应时间", "≤", 24, "小时"],
        ["成本指标", "经济成本指标", "单例远程会诊成本", "≤", 300, "元/例"],
        ["效益指标", "社会效益指标", "基层首诊率", "≥", pct(0.65), "%"],
        [None, "可持续影响指标", "远程医疗协作机制", "定性", "持续有效", None],
    ])  # fmt: skip
    footer(s, "曹斌", "0579-6615218")
    return b


@variant("lp16-health-department", (12,), "department: 基本+项目 ≠ 总额, tasks not adding up")
def lp16() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="松岙县卫生健康局",
                    budget=[[mk(wan(3860), "B101", "error", row=True), wan(3600), wan(260),
                             wan(2100), wan(1660)]],
                    tasks=[["公共卫生服务补助", "村卫生室补助", wan(1250), "村卫生室全覆盖"],
                           ["医共体建设", "远程会诊、县域医共体运行", wan(96), "会诊3000例"],
                           ["疾病预防控制", "免疫规划、传染病防控", wan(310), "接种率≥95%"],
                           ["金额合计", None, mk(wan(1660), "B102", "error", row=True), None]],
                    goal="健全县域医疗卫生服务体系，提升基本公共卫生服务均等化水平。")  # fmt: skip
    table(s, OPS6, [
        ["产出指标", "数量指标", "适龄儿童免疫规划疫苗接种人数", "≥", 4200, "人"],
        [None, None, "家庭医生签约人数", "≥", 6.5, "万人"],
        [None, None, "基层医疗机构诊疗人次", "≥", 52, "万人次"],
        [None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥", pct(0.95), "%"],
        [None, "时效指标", "传染病疫情报告及时率", "=", pct(1), "%"],
        [None, None, "传染病暴发疫情规范处置率", "=", pct(1), "%"],
        ["成本指标", "经济成本指标", "人均基本公共卫生服务经费", "≤", 90, "元/人"],
        ["效益指标", "社会效益指标", "居民健康素养水平", "≥", pct(0.3), "%"],
        [None, "可持续影响指标", "县域就诊率", "≥", pct(0.9), "%"],
        ["满意度指标", "服务对象满意度指标", "群众就医满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    footer(s, "曹斌", "0579-6615218")
    return b


@variant("lp17-tourism-unit", (8,), "two-year project: unit conflict, annual above period")
def lp17() -> Book:
    b, s = new()
    project_head(s, year=YEAR, years=2, attr="新增项目", name="古村落文旅融合示范（2027—2028）",
                 dept="松岙县文化和旅游局（321）", unit="松岙县文化和旅游局",
                 money=multi_year((wan(600), wan(500), wan(100)), (wan(320), wan(270), wan(50))),
                 goals=["两年打造古村落文旅示范点4个，年接待游客增长10%。",
                        "2027年打造示范点2个，开展系列文旅活动。"])  # fmt: skip
    hdr = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    table(s, hdr, [
        ["产出指标", "数量指标", "打造示范点个数", "=", 4, 2, "个"],
        [None, None, "修缮古建筑面积", "≥", 4800, 2400, "平方米"],
        [None, None, "开展文旅活动场次", "≥", 36,
         mk(40, "D201", "error", note="annual 40 场 above the two-year 36 场"), "场"],
        [None, "质量指标", "示范点建设验收合格率", "=", pct(1), pct(1), "%"],
        [None, None, "文旅从业人员培训人次", "≥", 300, 150, "人次"],
        [None, "时效指标", "示范点建成开放时间", "≤", "2028年10月31日", "2027年10月31日", None],
        ["成本指标", "经济成本指标", "单个示范点建设投入", "≤", 150, 150, "万元/个"],
        ["效益指标", "经济效益指标", "带动村集体增收", "≥", "60万元",
         mk("30万元", "T112", "error", row=True, alt=("T119",)), "人次"],
        [None, "社会效益指标", "接待游客人次", "≥", 20, 10, "万人次"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), pct(0.9), "%"],
    ])  # fmt: skip
    footer(s, "孙蕾", "0579-6614120")
    return b


@variant("lp18-edu-scored", (7,), "project, NAT-2021: 预算执行率 as a cost, = on satisfaction")
def lp18() -> Book:
    b, s = new()
    project_head(
        s,
        year=YEAR,
        name="学前教育保教费补助",
        dept="松岙县教育局（301）",
        unit="松岙县教育局",
        money=one_year(390, 390, 0),
        goals=["对全县在园幼儿按每生每学期650元标准减免保教费，惠及约3000名幼儿。"],
    )
    table(s, OPS6, [
        ["产出指标", "数量指标", "受助幼儿人数", "≥", 3000, "人"],
        [None, None, "补助资金发放幼儿园数", "=", 46, "所"],
        [None, "质量指标", "资助对象认定准确率", "=", pct(1), "%"],
        [None, None, "家庭经济困难幼儿资助覆盖率", "=", pct(1), "%"],
        [None, "时效指标", "补助资金拨付及时率", "≥", pct(0.95), "%"],
        ["成本指标", "经济成本指标", "生均保教费补助标准", "≤", 1300, "元/生·年"],
        [None, None, mk("预算执行率", "F202", "warning", row=True), "≥", pct(0.9), "%"],
        ["效益指标", "社会效益指标", "学前三年毛入园率", "≥", pct(0.95), "%"],
        [None, "可持续影响指标", "普惠性幼儿园覆盖率", "≥", pct(0.85), "%"],
        ["满意度指标", "服务对象满意度指标", "幼儿家长满意度",
         mk("=", "T107", "warning", row=True), pct(0.95), "%"],
    ])  # fmt: skip
    footer(s, "陈晓岚", "0579-6612301")
    return b
