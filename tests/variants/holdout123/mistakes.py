"""County health returns with the mistakes reviewers meet: a 反向 rate with ≥, a rate given as
a count, a rate above 100 %, money that does not add up, years that disagree, 中期 copied into
年度, a conflicting duplicate, a unit conflict, a missing tier-1, a placeholder, weights that
do not add up."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout123.common import footer, grid
from tests.variants.holdout123.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

M = "0.00"


@variant("mc11-mch-direction-wrong", (11,),
         "project, NAT-2021, 指标方向 column and operators inside the values: 婴儿死亡率 "
         "(反向) with ≥, a 正向 management rate with ≤")  # fmt: skip
def mch_direction() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 16, 10, 30))
    project_head(
        s, year=2027, name="柳塘县2027年妇幼健康服务项目",
        dept="柳塘县卫生健康局[502003]", unit="柳塘县妇幼保健院", attr="延续项目",
        money=[("年度资金总额", money(352, WAN), "其中：财政拨款", money(310, WAN)),
               ("其他资金", money(42, WAN), None, None)],
        goals=["开展孕产妇和儿童健康管理，孕产妇死亡率控制在10/10万以内，"
               "婴儿死亡率控制在5‰以内，高危孕产妇管理率达到95%以上。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标方向", "指标解释"), [
        ("产出指标", "数量指标", "孕产妇建册管理人数", "≥2400人", "正向", None),
        (None, None, "0-6岁儿童健康管理人数", "≥15800人", "正向", None),
        (None, "质量指标", "孕产妇系统管理率", "≥90%", "正向", None),
        (None, None, "高危孕产妇管理率",
         mk("≤95%", "T108", "warning", row=True, note="正向 rate with ≤"), "正向",
         "高危孕产妇专案管理数/高危孕产妇数×100%"),
        (None, None, "新生儿访视率", "≥90%", "正向", None),
        (None, "时效指标", "新生儿首次访视时限", "≤7天", "反向", "出院后7天内"),
        ("成本指标", "经济成本指标", "孕期保健免费检查补助标准", "≤300元/人", "反向", None),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤10/10万", "反向", None),
        (None, None, "婴儿死亡率",
         mk("≥5‰", "T108", "warning", row=True, note="反向 rate with ≥"), "反向",
         "婴儿死亡数/活产数×1000‰"),
        (None, None, "5岁以下儿童死亡率", "≤6‰", "反向", None),
        (None, "可持续影响指标", "妇幼健康服务网络", "健全", "定性", None),
        ("满意度指标", "服务对象满意度指标", "孕产妇满意度", "≥90%", "正向", None),
    ])  # fmt: skip
    footer(s, "柳塘县妇幼保健院", "钟慧", "0745-3326610", "2026年11月19日")
    return b


@variant("mc12-immunisation-count", (1, 11),
         "project, OLD-NAT, 比较符 and 计量单位 columns with percent cells: a 接种率 given as "
         "a count of people, a 合格率 above 100 %")  # fmt: skip
def immunisation_count() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 12, 10))
    project_head(
        s, year=2027, name="青溪县2027年免疫规划项目",
        dept="青溪县卫生健康局[401001]", unit="青溪县疾病预防控制中心", attr="常年项目",
        money=[("年度资金总额", money(268, WAN), "其中：财政拨款", money(268, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["完成国家免疫规划疫苗常规接种，适龄儿童免疫规划疫苗接种率保持在95%以上，"
               "疫苗冷链运转正常。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥", 52000, "剂次"),
        (None, None, "预防接种门诊规范化建设数", "≥", 16, "个"),
        (None, None, "接种人员培训人次", "≥", 120, "人次"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥",
         mk(2860, "T105", "error", note="a 接种率 given as a number of children"), "人"),
        (None, None, "冷链设备温度监测合格率", "≥",
         mk(pct(1.02), "T106", "error", note="shows ≥102%"), "%"),
        (None, None, "疑似预防接种异常反应报告率", "≥", pct(0.95), "%"),
        (None, "时效指标", "疫苗出入库登记及时率", "≥", pct(0.98), "%"),
        (None, "成本指标", "每剂次接种服务补助标准", "≤", 15, "元/剂次"),
        ("效益指标", "社会效益指标", "麻疹发病水平", "定性", "较上年下降", None),
        (None, "可持续影响指标", "预防接种信息化管理", "定性", "完善", None),
        ("满意度指标", "服务对象满意度指标", "儿童家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "青溪县疾病预防控制中心", "邓华", "0738-6230952", "2026年11月17日")
    return b


@variant("mc13-health-money-years", (12,),
         "project, OLD-NAT, one value column: 年度资金总额 ≠ 财政拨款 + 其他资金, the plan "
         "ends before it starts (2026 typed for 2027)")  # fmt: skip
def health_money_years() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 14, 14))
    project_head(
        s, year=2027, name="石门镇卫生院2027年公共卫生服务能力提升项目",
        dept="青溪县卫生健康局[401001]", unit="青溪县石门镇卫生院", attr="延续项目",
        end=mk(day(2026, 12, 31), "Y104", "error", alt=("Y101", "Y102"),
               note="2026 typed for 2027"),
        money=[("年度资金总额", mk(money(125, WAN), "B101", "error",
                                 note="110 + 12 = 122, not 125"),
                "其中：财政拨款", money(110, WAN)),
               ("其他资金", money(12, WAN), None, None)],
        goals=["提升镇卫生院公共卫生服务能力，完成辖区居民健康体检和慢病随访，"
               "重点人群健康管理率达到70%以上。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "65岁及以上老年人健康体检人数", "≥2600人"),
        (None, None, "慢性病患者季度随访人次", "≥9600人次"),
        (None, None, "村医公共卫生业务培训场次", "≥6场"),
        (None, "质量指标", "老年人健康管理率", "≥70%"),
        (None, None, "随访记录规范率", "≥90%"),
        (None, "时效指标", "体检结果反馈时限", "≤15个工作日"),
        (None, "成本指标", "老年人健康体检人均费用", "≤120元/人"),
        ("效益指标", "社会效益指标", "重点人群健康管理水平", "有所提升"),
        (None, "可持续影响指标", "医防融合服务机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "青溪县石门镇卫生院", "彭丽", "0738-6551021", "2026年11月22日")
    return b


@variant("mc14-cdc-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to "
         "金额合计")  # fmt: skip
def cdc_department_money() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 22, 30, 18, 14, 14))
    department_head(
        s, year=2027, dept="青溪县疾病预防控制中心",
        budget=[(mk(money(1386.2, M), "B101", "error",
                    note="640.2 + 736 = 1376.2, not 1386.2"),
                 money(1296.2, M), money(90, M), money(640.2, M), money(736, M))],
        tasks=[("免疫规划", "国家免疫规划疫苗接种及冷链管理", money(268, M), "接种率≥95%"),
               ("传染病防治", "结核病、艾滋病等重点传染病防治", money(312, M),
                "肺结核成功治疗率≥90%"),
               ("公共卫生检验", "食品、水质和职业卫生检验检测", money(126, M),
                "检验样品≥3000份"),
               ("金额合计", None,
                mk(money(736, M), "B102", "error", note="268 + 312 + 126 = 706, not 736"),
                None)],
        goal="完成免疫规划、重点传染病防治和公共卫生检验任务，适龄儿童免疫规划疫苗"
             "接种率保持在95%以上，不发生甲类传染病暴发疫情。",
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥52000剂次"),
        (None, None, "公共卫生检验样品数", "≥3000份"),
        (None, None, "肺结核患者筛查人数", "≥4600人"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, None, "肺结核患者成功治疗率", "≥90%"),
        (None, "时效指标", "法定传染病网络报告及时率", "≥98%"),
        ("成本指标", "经济成本指标", "单份样品检验成本", "≤180元/份"),
        ("效益指标", "社会效益指标", "甲类传染病暴发疫情", "0起"),
        (None, None, "艾滋病疫情", "控制在低流行水平"),
        (None, "可持续影响指标", "疾病预防控制体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "青溪县疾病预防控制中心", "邓华", "0738-6230952", "2026年11月17日")
    return b
