"""Correct county health project returns: per-10万 and per-mille rates, immunisation and
screening rates, zero targets, 元/人 funding standards, 指标方向 columns, 指标解释 text,
较上年下降 and 控制在…以内 values, tiers merged down or filled down."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout123.common import footer, grid
from tests.variants.holdout123.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant("mc01-basic-public-health", (1, 11),
         "project, OLD-NAT, 指标方向 and 比较符 columns, percent cells with a unit column, "
         "tiers merged down, 元/人 standard")  # fmt: skip
def basic_public_health() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 10, 12, 10))
    project_head(
        s, year=2027, name="青溪县2027年基本公共卫生服务项目",
        dept="青溪县卫生健康局[401001]", unit="青溪县卫生健康局", attr="常年项目",
        money=[("年度资金总额", money(1862.4, WAN), "其中：财政拨款", money(1862.4, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["为辖区常住居民免费提供基本公共卫生服务，居民电子健康档案建档率达到90%以上，"
               "老年人、高血压和糖尿病患者健康管理率稳步提高，居民健康素养水平不低于30%。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "居民电子健康档案建档人数", "正向", "≥", 182000, "人"),
        (None, None, "65岁及以上老年人健康管理人数", "正向", "≥", 21500, "人"),
        (None, None, "高血压患者规范管理人数", "正向", "≥", 16800, "人"),
        (None, None, "2型糖尿病患者规范管理人数", "正向", "≥", 6200, "人"),
        (None, "质量指标", "电子健康档案建档率", "正向", "≥", pct(0.9), "%"),
        (None, None, "老年人健康管理率", "正向", "≥", pct(0.7), "%"),
        (None, None, "高血压患者规范管理率", "正向", "≥", pct(0.65), "%"),
        (None, "时效指标", "补助资金拨付及时率", "正向", "≥", pct(0.95), "%"),
        (None, "成本指标", "人均基本公共卫生服务经费补助标准", "正向",
         mk("≥", "*", "warning", row=True, required=False, note="a funding floor"), 94, "元/人"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "正向", "≥", pct(0.3), "%"),
        (None, None, "城乡居民基本公共卫生服务差距", "反向", "定性", "逐步缩小", None),
        (None, "可持续影响指标", "基本公共卫生服务长效机制", "正向", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "居民对基本公共卫生服务满意度", "正向", "≥",
         pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "青溪县卫生健康局", "周敏", "0738-6213305", "2026年11月18日")
    return b


@variant("mc02-maternal-child-inline", (1, 11),
         "project, NAT-2021, operators inside the values (≤10/10万, ≤5‰), 指标方向 column with "
         "定性, 指标解释 column, tiers merged down")  # fmt: skip
def maternal_child() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 16, 10, 34))
    project_head(
        s, year=2027, name="青溪县2027年妇幼健康服务项目",
        dept="青溪县卫生健康局[401001]", unit="青溪县妇幼保健院", attr="延续项目",
        money=[("年度资金总额", money(486.5, WAN), "其中：财政拨款", money(420, WAN)),
               ("其他资金", money(66.5, WAN), None, None)],
        goals=["落实孕产妇和0-6岁儿童健康管理，开展孕产妇免费产前筛查和新生儿疾病筛查，"
               "孕产妇死亡率控制在10/10万以内，婴儿死亡率控制在5‰以内。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标方向", "指标解释"), [
        ("成本指标", "经济成本指标", "孕产妇免费产前筛查补助标准", "≤260元/人", "反向",
         "按县级补助方案核定的每例筛查费用上限"),
        ("产出指标", "数量指标", "孕产妇产前检查人数", "≥3200人", "正向", "全年建册孕产妇"),
        (None, None, "0-6岁儿童健康管理人数", "≥21000人", "正向", "按常住儿童数测算"),
        (None, None, "新生儿遗传代谢性疾病筛查人数", "≥2900人", "正向", None),
        (None, "质量指标", "孕产妇系统管理率", "≥90%", "正向",
         "系统管理孕产妇数/活产数×100%"),
        (None, None, "3岁以下儿童系统管理率", "≥90%", "正向", None),
        (None, None, "新生儿疾病筛查率", "≥98%", "正向", "筛查新生儿数/活产数×100%"),
        (None, "时效指标", "高危孕产妇专案管理启动时限", "≤7个工作日", "反向",
         "自筛查为高危之日起计算"),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤10/10万", "反向",
         "孕产妇死亡数/活产数×10万"),
        (None, None, "婴儿死亡率", "≤5‰", "反向", "婴儿死亡数/活产数×1000‰"),
        (None, None, "5岁以下儿童死亡率", "≤6‰", "反向", None),
        (None, "可持续影响指标", "县乡村三级妇幼健康服务网络", "健全", "定性", None),
        ("满意度指标", "服务对象满意度指标", "孕产妇及儿童家长满意度", "≥90%", "正向",
         "抽样问卷调查"),
    ])  # fmt: skip
    footer(s, "青溪县妇幼保健院", "谭晓燕", "0738-6220117", "2026年11月20日")
    return b


@variant("mc03-infectious-disease-words", (1, 4),
         "project, OLD-NAT, word operators in their own column (大于等于/小于等于/等于), "
         "unit column, zero target 0起, 较上年下降, tiers merged down")  # fmt: skip
def infectious_disease() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 14, 30, 12, 12, 10))
    project_head(
        s, year=2027, name="柳塘县2027年重大传染病防控项目",
        dept="柳塘县卫生健康局[502003]", unit="柳塘县疾病预防控制中心", attr="常年项目",
        money=[("年度资金总额", money(905.1, WAN), "其中：财政拨款", money(860.1, WAN)),
               ("其他资金", money(45, WAN), None, None)],
        goals=["做好免疫规划、结核病和艾滋病防治，法定传染病报告及时，突发疫情及时处置，"
               "全年不发生甲类传染病暴发疫情，乙类传染病报告发病水平较上年下降。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "大于等于", 64000, "剂次"),
        (None, None, "肺结核患者筛查人数", "大于等于", 5200, "人"),
        (None, None, "艾滋病自愿咨询检测人次", "大于等于", 26000, "人次"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "大于等于", pct(0.95), "%"),
        (None, None, "肺结核患者成功治疗率", "大于等于", pct(0.9), "%"),
        (None, "时效指标", "法定传染病网络报告及时率", "大于等于", pct(0.98), "%"),
        (None, None, "突发疫情现场处置响应时间", "小于等于", 2, "小时"),
        (None, "成本指标", "疫苗冷链运输单次成本", "小于等于", 350, "元/次"),
        ("效益指标", "社会效益指标", "甲类传染病暴发疫情", "等于", 0, "起"),
        (None, None, "乙类传染病报告发病水平", "定性", "较上年下降", None),
        (None, "可持续影响指标", "传染病监测预警体系", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "柳塘县疾病预防控制中心", "罗志刚", "0745-3312008", "2026年11月16日")
    return b


@variant("mc04-family-doctor-filled", (8,),
         "three-year project, NAT-2021, tiers filled down in every row, 实施期 and 年度 "
         "columns, counts smaller in the year")  # fmt: skip
def family_doctor() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 16, 16, 10))
    project_head(
        s, year=2027, years=3, name="石门镇家庭医生签约服务能力提升项目（2027—2029年）",
        dept="青溪县卫生健康局[401001]", unit="青溪县石门镇卫生院", attr="新增项目",
        money=[("中期资金总额", money(360, WAN), "年度资金总额", money(120, WAN)),
               ("其中：财政拨款", money(360, WAN), "其中：财政拨款", money(120, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["三年内组建家庭医生团队12个，累计签约重点人群2.4万人，重点人群签约率达到75%，"
               "签约居民满意度不低于90%。",
               "2027年组建家庭医生团队6个，签约重点人群0.9万人，重点人群签约率达到65%。"],
    )  # fmt: skip
    t = (("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"),
         ("成本指标", "经济成本指标"), ("效益指标", "社会效益指标"),
         ("效益指标", "可持续影响指标"), ("满意度指标", "服务对象满意度指标"))  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位"), [
        (*t[0], "组建家庭医生团队数", "≥12", "≥6", "个"),
        (*t[0], "重点人群签约人数", "≥24000", "≥9000", "人"),
        (*t[0], "村卫生室巡诊次数", "≥1440", "≥480", "次"),
        (*t[1], "重点人群签约率", "≥75%", "≥65%", "%"),
        (*t[1], "签约居民健康档案更新率", "≥90%", "≥90%", "%"),
        (*t[2], "签约服务季度考核完成时限", "季度结束后15日内", "季度结束后15日内", None),
        (*t[3], "家庭医生团队年度运行经费", "≤20万元/个", "≤20万元/个", None),
        (*t[4], "签约居民慢性病规范管理率", "≥70%", "≥65%", "%"),
        (*t[4], "签约居民县域内就诊率", "≥85%", "≥80%", "%"),
        (*t[5], "家庭医生签约服务运行机制", "健全", "健全", None),
        (*t[6], "签约居民满意度", "≥90%", "≥90%", "%"),
    ], merged=())  # fmt: skip
    footer(s, "青溪县石门镇卫生院", "彭丽", "0738-6551021", "2026年11月22日")
    return b


@variant("mc05-cancer-screening-weights", (6, 10),
         "project, NAT-2021, two-line header, 指标值 · 权重（分） · 指标解释, weights add to "
         "100, tiers merged down")  # fmt: skip
def cancer_screening() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 14, 10, 30))
    project_head(
        s, year=2027, name="柳塘县2027年农村适龄妇女宫颈癌和乳腺癌筛查项目",
        dept="柳塘县卫生健康局[502003]", unit="柳塘县妇幼保健院", attr="延续项目",
        money=[("年度资金总额", money(132, WAN), "其中：财政拨款", money(132, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["为全县35—64岁农村适龄妇女免费开展宫颈癌筛查1万人、乳腺癌筛查1万人，"
               "筛查异常人员随访管理到位，早诊率不低于80%。"],
    )  # fmt: skip
    s.row("绩效指标", None, None, "指标值", "权重（分）", "指标解释",
          merge=[(1, 3)])  # fmt: skip
    top = s.r
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "宫颈癌筛查人数", "≥10000人", 10, "县定任务数"),
        (None, None, "乳腺癌筛查人数", "≥10000人", 10, "县定任务数"),
        (None, "质量指标", "筛查任务完成率", "≥95%", 10, "实际筛查人数/任务数×100%"),
        (None, None, "筛查异常人员随访率", "≥95%", 10, None),
        (None, "时效指标", "筛查结果反馈时限", "≤30天", 10, "自采样之日起计算"),
        ("成本指标", "经济成本指标", "宫颈癌筛查人均费用", "≤72元/人", 5, "按省定标准"),
        (None, None, "乳腺癌筛查人均费用", "≤60元/人", 5, "按省定标准"),
        ("效益指标", "社会效益指标", "宫颈癌和乳腺癌早诊率", "≥80%", 15, None),
        (None, None, "适龄妇女两癌防治知识知晓率", "≥85%", 10, "抽样问卷"),
        (None, "可持续影响指标", "两癌筛查转诊服务机制", "健全", 5, None),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%", 10, "抽样问卷"),
        ("合计", None, None, None, 100, None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "柳塘县妇幼保健院", "钟慧", "0745-3326610", "2026年11月19日")
    return b


@variant("mc06-equipment-within", (1, 4),
         "one-off project, OLD-NAT, one value column with units inside, 控制在…以内, a "
         "deadline date, 零发生, tiers merged down")  # fmt: skip
def equipment() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 24, 10, 10))
    project_head(
        s, year=2027, name="青溪县2027年乡镇卫生院医疗设备配置项目",
        dept="青溪县卫生健康局[401001]", unit="青溪县卫生健康局", attr="一次性项目",
        money=[("年度资金总额", money(600, WAN), "其中：财政拨款", money(600, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["为8所乡镇卫生院配置数字化X线摄影系统（DR）4台、彩色超声诊断仪8台、"
               "全自动生化分析仪8台，2027年9月30日前完成安装调试并投入使用。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "配置DR设备数量", "4台"),
        (None, None, "配置彩色超声诊断仪数量", "8台"),
        (None, None, "配置全自动生化分析仪数量", "8台"),
        (None, None, "设备操作人员培训人数", "≥48人"),
        (None, "质量指标", "设备验收合格率", pct(1)),
        (None, "时效指标", "设备安装调试完成时间", "2027年9月30日前"),
        (None, "成本指标", "设备采购总成本", "控制在580万元以内"),
        (None, None, "单台DR设备采购均价", "控制在85万元以内"),
        ("效益指标", "社会效益指标", "乡镇卫生院影像检查服务覆盖率", "≥90%"),
        (None, None, "医疗设备使用安全责任事故", "零发生"),
        (None, "可持续影响指标", "设备维护保养制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "青溪县卫生健康局", "周敏", "0738-6213305", "2026年11月18日")
    return b
