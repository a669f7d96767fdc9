"""One-year project tables of health units: 基本公共卫生服务, 乡镇卫生院设备更新, 疫苗冷链设备购置,
医疗废物集中处置, 健康素养促进, 妇幼健康服务, 院前急救, 家庭医生签约服务, 预防接种服务."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout179.common import YEAR, indicators, notes, one_year
from tests.variants.holdout179.registry import variant
from tests.variants.kit import WAN, Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "og01-basic-public-health",
    (1,),
    "project, NAT-2021, operators inside the values, a 指标值设定依据 column, a per-人 "
    "standard × the population within the money, ‰ on 婴儿死亡率",
)
def og01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 18, 32, 16, 18, 16))
    project_head(
        s, year=YEAR, name="2027年基本公共卫生服务项目", dept="枫溪县卫生健康局（301）",
        unit="枫溪县卫生健康局", money=one_year(1320, 1320, 0),
        goals=["为全县14万常住人口提供基本公共卫生服务，居民电子健康档案建档率达到90%以上，"
               "65岁及以上老年人健康管理1.8万人以上，高血压患者规范管理率达到65%以上。"],
    )  # fmt: skip
    indicators(s, (*HEAD4, "指标值设定依据"), [
        ("产出指标", "数量指标", "服务常住人口数", "≥14万人", "计划标准"),
        (None, None, "65岁及以上老年人健康管理人数", "≥1.8万人", "计划标准"),
        (None, None, "0-6岁儿童健康管理人数", "≥0.95万人", "历史标准"),
        (None, "质量指标", "居民电子健康档案建档率", "≥90%", "行业标准"),
        (None, None, "高血压患者规范管理率", "≥65%", "行业标准"),
        (None, None, "2型糖尿病患者规范管理率", "≥62%", "行业标准"),
        (None, "时效指标", "补助资金拨付及时率", "=100%", "计划标准"),
        ("成本指标", "经济成本指标", "人均基本公共卫生服务补助标准", "≤94元/人", "计划标准"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", "历史标准"),
        (None, None, "婴儿死亡率", "≤5‰", "行业标准"),
        (None, "可持续影响指标", "基层医疗卫生机构服务能力", "持续提升", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    return b


@variant(
    "og02-township-equipment",
    (2, 11),
    "project, OLD-NAT, 指标性质 as operator, bare numbers and a unit column: a per-台 "
    "standard × the units above the money, a rate over 100 %",
)
def og02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 12, 14, 14))
    project_head(
        s, year=YEAR, name="乡镇卫生院医疗设备更新项目", dept="白石县卫生健康局",
        unit="白石县卫生健康局", attr="一次性项目", money=one_year(600, 560, 40),
        goals=["为全县12所乡镇卫生院更新DR、彩超、全自动生化分析仪等基本医疗设备40台，"
               "提升基层诊疗能力。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "更新医疗设备数量", "≥", 40, "台"),
        (None, None, "覆盖乡镇卫生院数量", "≥", 12, "所"),
        (None, "质量指标", "设备验收合格率", "≥",
         mk(105, "T106", "error", row=True, note="a 合格率 cannot exceed 100 %"), "%"),
        (None, "时效指标", "设备采购完成及时率", "≥", 95, "%"),
        (None, "成本指标", "单台设备平均购置成本", "≤",
         mk(18, "B107", "warning", row=True,
            note="18万元/台 × 40台 = 720万元 > 年度资金 600万元"), "万元/台"),
        ("效益指标", "社会效益指标", "乡镇卫生院门急诊人次增长率", "≥", 5, "%"),
        (None, "可持续影响指标", "设备使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "og03-vaccine-cold-chain",
    (1, 11),
    "project, NAT-2021, values with operators, unit and direction (正向/反向) columns, "
    "万元 in the number format, =0起 on an accident count",
)
def og03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 32, 12, 12, 12))
    project_head(
        s, year=YEAR, name="疫苗冷链设备购置项目", dept="枫溪县卫生健康局",
        unit="枫溪县疾病预防控制中心", attr="一次性项目", money=one_year(150, 150, 0, WAN),
        goals=["为全县18个预防接种门诊配置医用冰箱30台、疫苗冷藏车2辆，"
               "实现疫苗储运全程温度监测。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向"), [
        ("产出指标", "数量指标", "医用冰箱购置数量", "≥30", "台", "正向"),
        (None, None, "疫苗冷藏车购置数量", "≥2", "辆", "正向"),
        (None, None, "配备冷链设备的预防接种门诊数", "≥18", "个", "正向"),
        (None, "质量指标", "冷链设备验收合格率", "100", "%", "正向"),
        (None, None, "疫苗储运温度监测覆盖率", "100", "%", "正向"),
        (None, "时效指标", "设备到货安装时限", "≤60", "天", "反向"),
        ("成本指标", "经济成本指标", "医用冰箱单价", "≤1.6", "万元/台", "反向"),
        (None, None, "疫苗冷藏车单价", "≤45", "万元/辆", "反向"),
        ("效益指标", "社会效益指标", "疫苗损耗率", "≤1", "%", "反向"),
        (None, None, "冷链温度异常导致疫苗报废事件", "=0", "起", "反向"),
        (None, "可持续影响指标", "冷链设备使用年限", "≥10", "年", "正向"),
        ("满意度指标", "服务对象满意度指标", "预防接种门诊医务人员满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    return b


@variant(
    "og04-medical-waste",
    (4, 11),
    "project, OLD-NAT, one value column and a footnote: 资金总额 ≠ 财政拨款 + 其他资金, "
    "a 处置率 given in 吨",
)
def og04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    money = one_year(mk(260, "B101", "error", note="220 + 30 = 250 ≠ 260"), 220, 30)
    project_head(
        s, year=YEAR, name="医疗废物集中处置补助项目", dept="青岚市卫生健康委员会",
        unit="青岚市医疗废物处置中心", money=money,
        goals=["对全市310家医疗卫生机构产生的医疗废物实行集中收运和无害化处置，"
               "年处置量1200吨以上，杜绝医疗废物流失泄漏。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "收运处置医疗废物量", "≥1200吨"),
        (None, None, "覆盖医疗卫生机构数", "≥310家"),
        (None, "质量指标", "医疗废物无害化处置率",
         mk("≥1200吨", "T105", "error", note="a rate given in 吨")),
        (None, None, "收运车辆消毒合格率", "≥98%"),
        (None, "时效指标", "医疗废物收运时限", "≤48小时"),
        (None, "成本指标", "医疗废物处置补助标准", "≤2000元/吨"),
        ("效益指标", "生态效益指标", "医疗废物流失泄漏事件", "=0起"),
        (None, "社会效益指标", "医疗机构医疗废物规范管理知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "医疗卫生机构满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, ["注：1.本表金额单位为万元；2.处置量以医疗废物转移联单登记数为准。"])
    return b


@variant(
    "og05-health-literacy-weights",
    (10,),
    "project, OLD-NAT, a weight column adding to 100, a rise in 百分点 and a 吸烟率增长率 of ≤0%",
)
def og05() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (16, 16, 32, 16, 10, 10))
    project_head(
        s, year=YEAR, name="居民健康素养促进项目", dept="枫溪县卫生健康局",
        unit="枫溪县健康教育所", money=one_year(60, 60, 0),
        goals=["开展健康教育讲座120场，发放健康教育资料5万份，完成1200人健康素养监测，"
               "推动居民健康素养水平稳步提高。"],
    )  # fmt: skip
    indicators(s, (*HEAD4, "权重"), [
        ("产出指标", "数量指标", "健康教育讲座场次", "≥120场", 10),
        (None, None, "发放健康教育资料", "≥5万份", 10),
        (None, None, "健康素养监测样本数", "≥1200人", 10),
        (None, "质量指标", "健康素养监测问卷有效率", "≥95%", 10),
        (None, "时效指标", "监测数据上报时间", "2027年11月30日前", 10),
        (None, "成本指标", "健康教育讲座场均成本", "≤2000元/场", 10),
        ("效益指标", "社会效益指标", "居民健康素养水平提升", "≥2百分点", 10),
        (None, None, "15岁以上人群吸烟率增长率", "≤0%", 10),
        (None, "可持续影响指标", "健康教育长效工作机制", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "og15-maternal-detail-lines",
    (4, 11),
    "project, OLD-NAT, a 资金明细 block under the head: the lines miss their 合计, ≥ on 婴儿死亡率",
)
def og15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 16, 16, 16))
    project_head(
        s, year=YEAR, name="妇幼健康服务项目", dept="白石县卫生健康局",
        unit="白石县妇幼保健院", money=one_year(430, 400, 30),
        goals=["为3000名孕产妇提供免费产前检查，完成新生儿疾病筛查2900人、"
               "农村妇女两癌筛查8000人，孕产妇系统管理率达到90%以上。"],
    )  # fmt: skip
    s.row("资金明细（万元）", "孕产妇免费产前检查补助", None, 180, merge=[(2, 3)])
    top = s.r
    s.row(None, "新生儿疾病筛查", None, 96, merge=[(2, 3)])
    s.row(None, "农村妇女“两癌”筛查", None, 120, merge=[(2, 3)])
    s.row(None, "宣传与业务培训", None, 24, merge=[(2, 3)])
    s.row(None, "合计", None, mk(430, "B102", "error", note="180 + 96 + 120 + 24 = 420"),
          merge=[(2, 3)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "孕产妇免费产前检查人数", "≥3000人"),
        (None, None, "新生儿疾病筛查人数", "≥2900人"),
        (None, None, "农村妇女两癌筛查人数", "≥8000人"),
        (None, "质量指标", "孕产妇系统管理率", "≥90%"),
        (None, None, "新生儿疾病筛查率", "≥98%"),
        (None, "时效指标", "筛查结果反馈时限", "≤15个工作日"),
        (None, "成本指标", "产前检查补助标准", "≤600元/人"),
        (None, None, "两癌筛查补助标准", "≤150元/人"),
        ("效益指标", "社会效益指标", "婴儿死亡率",
         mk("≥4‰", "T108", "warning", row=True, note="死亡率 is 反向: ≤")),
        (None, None, "出生缺陷早筛早治率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "孕产妇满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "og16-emergency-one-year",
    (11,),
    "project, NAT-2021, 指标性质 as direction (正向指标/反向指标), operators in words, "
    "unit column, a signature line",
)
def og16() -> Book:
    b = Book()
    s = b.sheet("院前急救", (16, 18, 30, 12, 12, 10, 12))
    project_head(
        s, year=YEAR, name="院前急救能力提升项目", dept="枫溪县卫生健康局",
        unit="枫溪县急救中心", money=one_year(480, 450, 30),
        goals=["新增急救站点3个，购置救护车4辆，培训急救人员300人次，"
               "城区急救反应时间控制在12分钟以内。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "比较方式", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "新增急救站点数量", "正向指标", "大于等于", 3, "个"),
        (None, None, "购置救护车数量", "正向指标", "大于等于", 4, "辆"),
        (None, None, "急救人员培训人次", "正向指标", "大于等于", 300, "人次"),
        (None, "质量指标", "急救电话接听及时率", "正向指标", "大于等于", 95, "%"),
        (None, "时效指标", "城区急救反应时间", "反向指标", "小于等于", 12, "分钟"),
        ("成本指标", "经济成本指标", "救护车购置单价", "反向指标", "小于等于", 45, "万元/辆"),
        ("效益指标", "社会效益指标", "院前急救呼救满足率", "正向指标", "大于等于", 95, "%"),
        (None, None, "院前心脏骤停患者自主循环恢复率", "正向指标", "大于等于", 8, "%"),
        (None, "可持续影响指标", "急救站点平均服务半径", "反向指标", "小于等于", 10, "公里"),
        ("满意度指标", "服务对象满意度指标", "急救患者及家属满意度", "正向指标", "大于等于",
         90, "%"),
    ])  # fmt: skip
    notes(s, ["填表人：李文清　　联系电话：0797-5512346　　审核人：周海"], width=7)
    return b


@variant(
    "og17-family-doctor-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number "
    "format, a per-人 standard × signatories equal to the money",
)
def og17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 12))
    project_head(
        s, year=YEAR, name="家庭医生签约服务补助项目", dept="白石县卫生健康局",
        unit="白石县基层卫生服务中心", money=one_year(336, 280, 56, WAN),
        goals=["为全县居民提供家庭医生签约服务，签约服务人数达到56000人，常住人口签约覆盖率"
               "达到45%以上，重点人群签约覆盖率达到75%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位"), [
        ("产出指标", "数量指标", "签约服务人数", "≥", 56000, "人"),
        (None, None, "重点人群签约人数", "≥", 32000, "人"),
        (None, None, "家庭医生团队数量", "≥", 85, "个"),
        (None, "质量指标", "常住人口签约覆盖率", "≥", pct(0.45), "%"),
        (None, None, "重点人群签约覆盖率", "≥", pct(0.75), "%"),
        (None, "时效指标", "补助资金拨付时限", "≤", 30, "个工作日"),
        (None, "成本指标", "家庭医生签约服务补助标准", "≤", 60, "元/人"),
        ("效益指标", "社会效益指标", "签约居民续约率", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "家庭医生签约服务长效机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "og18-immunisation-years-duplicate",
    (5, 11),
    "project, NAT-2021, one value column: a 2027 title over 2026 plan dates, the same "
    "接种率 twice with different targets",
)
def og18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=YEAR, name="预防接种服务补助项目", dept="枫溪县卫生健康局",
        unit="枫溪县疾病预防控制中心", money=one_year(210, 180, 30),
        start=day(2026, 1, 1), end=day(2026, 12, 31),
        goals=["完成免疫规划疫苗接种4.2万剂次，适龄儿童免疫规划疫苗接种率保持在95%以上。"],
    )  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",),
                note="2027年度 title, plan dates in 2026")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥4.2万剂次"),
        (None, None, "预防接种门诊数", "≥16个"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, None, "疫苗接种信息录入准确率", "≥98%"),
        (None, "时效指标", "接种信息上报及时率", "≥98%"),
        ("成本指标", "经济成本指标", "预防接种服务补助标准", "≤40元/剂次"),
        ("效益指标", "社会效益指标",
         mk("适龄儿童免疫规划疫苗接种率", "D102", "error", row=True, alt=("D101", "D103"),
            note="the 质量 row has ≥95%"), "≥90%"),
        (None, "可持续影响指标", "预防接种门诊规范化水平", "持续提升"),
        ("满意度指标", "服务对象满意度指标", "受种者家长满意度", "≥90%"),
    ])  # fmt: skip
    return b
