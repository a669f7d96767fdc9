"""Marriage registration and 婚俗改革 returns of the 288th held-out set (sl01–sl06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout288.common import indicators, notes, one_year, signature, start, wan
from tests.variants.holdout288.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sl01-hall-percent-cells", (1, 7),
         "project, NAT-2021, header 绩效目标值, operator column 指标性质 and unit column, "
         "percentages typed in Excel, a date cell, "
         "万元 in the number format (correct)")  # fmt: skip
def sl01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="婚姻登记颁证厅提升改造", dept="泓屿县民政局（312001）",
                 unit="泓屿县婚姻登记服务中心", money=one_year(86.5, 80, 6.5),
                 goals=["完成颁证厅改造300平方米，全年办理婚姻登记业务3200件以上、"
                        "颁证仪式260场以上，登记当事人满意度达到95%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位"), [
        ("产出指标", "数量指标", "办理婚姻登记业务量", "≥", 3200, "件"),
        (None, None, "颁证仪式场次", "≥", 260, "场"),
        (None, None, "颁证厅改造面积", "≥", 300, "平方米"),
        (None, "质量指标", "登记档案归档合格率", "≥", pct(0.98), "%"),
        (None, None, "登记信息差错率", "≤", pct(0.002, "0.0%"), "%"),
        (None, "时效指标", "颁证厅改造完工时间", "≤", day(2025, 9, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "颁证厅改造单位造价", "≤", 1800, "元/平方米"),
        ("效益指标", "社会效益指标", "新人参加颁证仪式比例", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "颁证厅设施使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "登记当事人满意度", "≥", pct(0.95), "%"),
    ])  # fmt: skip
    notes(s, "注：指标性质栏填写≥、≤或=；百分比指标在计量单位栏填“%”。")
    signature(s, "祁雅岚", "0571-6632147", day(2024, 11, 12))
    return b


@variant("sl02-custom-reform-operators", (1, 11),
         "project, OLD-NAT, operators in words in a 指标方向 column, percent cells: "
         "a typed percent over 100 and a 反向 rate with 大于等于")  # fmt: skip
def sl02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="婚俗改革实验区建设", dept="柘川市民政局（207003）",
                 unit="柘川市民政局社会事务科", money=one_year(120, 100, 20),
                 goals=["开展婚俗改革宣传活动40场以上，举办集体婚礼6场、新人300人以上，"
                        "推动婚事新办、简办，群众满意度达到90%以上。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="签订率 capped at 100 %: 105 % is impossible")
    wrong = mk("大于等于", "T108", "warning", row=True,
               note="投诉率 is 反向: the cap needs 小于等于")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "婚俗改革宣传活动", "大于等于", 40, "场"),
        (None, None, "集体婚礼场次", "大于等于", 6, "场"),
        (None, None, "参加集体婚礼新人", "大于等于", 300, "人"),
        (None, "质量指标", "移风易俗承诺书签订率", "大于等于", over, "%"),
        (None, "时效指标", "宣传活动按季度开展及时率", "大于等于", pct(0.95), "%"),
        (None, "成本指标", "集体婚礼人均补助标准", "小于等于", 800, "元/人"),
        ("效益指标", "社会效益指标", "高价彩礼投诉率", wrong, pct(0.02), "%"),
        (None, None, "婚事新办知晓率", "大于等于", pct(0.85), "%"),
        (None, "可持续影响指标", "婚俗改革长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "葛振川", "0573-2218406", day(2024, 10, 28))
    return b


@variant("sl03-stacked-registry", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in the two projects (correct)")  # fmt: skip
def sl03() -> Book:
    b, s = start()
    project_head(s, year=2025, name="婚姻登记机关标准化建设", dept="芮坪县民政局（118002）",
                 unit="芮坪县婚姻登记处", money=one_year(45, 45, 0),
                 goals=["配置登记窗口智能设备6套，培训登记员2次，"
                        "服务对象满意度90%以上。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "登记窗口智能设备配置", "≥6套"),
        (None, None, "登记员业务培训", "≥2次"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2025年6月30日前"),
        (None, "成本指标", "智能设备单套采购价", "≤6万元/套"),
        ("效益指标", "社会效益指标", "婚姻登记业务线上预约使用率", "≥60%"),
        (None, "可持续影响指标", "设备使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="婚姻家庭辅导服务购买", dept="芮坪县民政局（118002）",
                 unit="芮坪县婚姻登记处", money=one_year(28, 20, 8), title="",
                 goals=["购买婚姻家庭辅导服务600人次以上，服务对象满意度95%以上。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "婚姻家庭辅导服务", "≥600人次"),
        (None, None, "婚姻家庭辅导个案", "≥150个"),
        (None, "质量指标", "辅导个案回访率", "≥80%"),
        (None, "时效指标", "辅导预约响应时间", "≤2个工作日"),
        (None, "成本指标", "辅导服务单价", "≤300元/人次"),
        ("效益指标", "社会效益指标", "婚姻家庭矛盾调适成功率", "≥30%"),
        (None, "可持续影响指标", "婚姻家庭辅导服务制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"),
    ])  # fmt: skip
    return b


@variant("sl04-stacked-money-rate", (2, 12),
         "two projects stacked, OLD-NAT, one value column: a rate given as a count in the first, "
         "the second project's 年度资金总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def sl04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="婚姻登记档案数字化", dept="鹭峤县民政局（402005）",
                 unit="鹭峤县婚姻登记服务中心", money=one_year(36, 36, 0),
                 goals=["完成历史婚姻登记档案数字化12000件，档案数字化完成率100%。"])  # fmt: skip
    count = mk("12000件", "T105", "error", note="完成率 given as a count of files")
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "历史婚姻登记档案扫描", "≥12000件"),
        (None, None, "档案数字化完成率", count),
        (None, "质量指标", "数字化档案质检合格率", "≥99%"),
        (None, "时效指标", "档案数字化完成时间", "2025年11月30日前"),
        (None, "成本指标", "单件档案数字化成本", "≤25元/件"),
        ("效益指标", "社会效益指标", "档案线上查询服务群众占比", "≥60%"),
        (None, "可持续影响指标", "档案数字化管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(65), "B101", "error", note="50 + 10 = 60, not 65")
    project_head(s, year=2025, name="结婚登记颁证服务", dept="鹭峤县民政局（402005）",
                 unit="鹭峤县婚姻登记服务中心", money=one_year(total, 50, 10), title="",
                 goals=["为结婚登记新人4000人以上提供颁证服务，"
                        "颁证服务满意度95%以上。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "颁证服务新人", "≥4000人"),
        (None, "质量指标", "颁证词规范使用率", "=100%"),
        (None, "时效指标", "颁证服务预约办结时限", "≤3个工作日"),
        (None, "成本指标", "颁证服务人均成本", "≤100元/人"),
        ("效益指标", "社会效益指标", "颁证仪式参与率", "≥50%"),
        (None, "可持续影响指标", "颁证服务规范", "规范"),
        ("满意度指标", "服务对象满意度指标", "颁证服务满意度", "≥95%"),
    ])  # fmt: skip
    return b


@variant("sl05-assessment-points-labels", (5, 7),
         "project, NAT-2021, two-row header 考核指标 · 目标值（年度） · 评价标准, tier labels "
         "numbered with points in the tier-1 label (一、产出指标（40分）, "
         "（一）数量指标) (correct)")  # fmt: skip
def sl05() -> Book:
    b, s = start(widths=(20, 22, 30, 18, 30, 12))
    project_head(s, year=2025, name="婚姻登记“跨省通办”服务", dept="栖垣市民政局（503001）",
                 unit="栖垣市婚姻登记管理中心", money=one_year(150, 130, 20),
                 goals=["办理跨省通办婚姻登记1500件以上，2025年5月底前上线系统，"
                        "办事群众满意度达到92%以上。"])  # fmt: skip
    s.row("绩效指标", None, None, "目标及评价", None, merge=[(1, 3), (4, 5)])
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("一、产出指标（40分）", "（一）数量指标", "跨省通办婚姻登记办理量", "≥1500件",
         "达到得满分，每少100件扣1分"),
        (None, None, "持证上岗婚姻登记员", "≥24人", "达到得满分，每少1人扣0.5分"),
        (None, "（二）质量指标", "身份信息核验准确率", "≥99.5%", "达到得满分，未达到不得分"),
        (None, "（三）时效指标", "跨省通办系统上线时间", "2025年5月31日前",
         "按时上线得满分，每延迟1个月扣2分"),
        ("二、成本指标（20分）", "（一）经济成本指标", "系统年度运维费用", "≤38万元",
         "不超过得满分"),
        (None, None, "登记员培训人均费用", "≤1500元/人", "不超过得满分"),
        ("三、效益指标（30分）", "（一）社会效益指标", "外地户籍当事人就近办理比例", "≥80%",
         "每低1个百分点扣1分"),
        (None, "（二）可持续影响指标", "婚姻登记信息共享机制", "健全",
         "健全得满分，基本健全得一半分"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "办事群众满意度", "≥92%",
         "每低1个百分点扣1分"),
    ])  # fmt: skip
    return b


@variant("sl06-template-rows-empty-name", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
         "indicators, a value without a name")  # fmt: skip
def sl06() -> Book:
    b, s = start()
    project_head(s, year=2025, name="婚姻家庭文化建设", dept="萩港区民政局（605002）",
                 unit="萩港区婚姻家庭服务站", money=one_year(40, 40, 0),
                 goals=["举办婚姻家庭文化讲座12场以上，建成婚姻家庭辅导站3个，"
                        "参与群众满意度达到90%以上。"])  # fmt: skip
    nameless = mk("", "F110", "error", note="a value ≥4场 with no indicator name")
    social = mk("社会成本指标", "F109", "warning", row=True, note="template row left empty")
    eco = mk("生态效益指标", "F109", "warning", row=True, note="template row left empty")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "婚姻家庭文化讲座", "≥12场"),
        (None, None, nameless, "≥4场"),
        (None, "质量指标", "讲座课件审核通过率", "=100%"),
        (None, "时效指标", "年度活动完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单场讲座成本", "≤0.8万元/场"),
        (None, social, "", ""),
        ("效益指标", "社会效益指标", "婚姻家庭矛盾纠纷调解成功率", "≥85%"),
        (None, eco, "", ""),
        (None, "可持续影响指标", "常态运行的婚姻家庭辅导站", "≥3个"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
